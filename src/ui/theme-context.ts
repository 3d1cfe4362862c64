import { createContext, useContext } from 'react';
import type { ThemeName } from './theme.ts';

export const ThemeContext = createContext<ThemeName>('light');
export const useThemeName = () => useContext(ThemeContext);

/** Lets a view (e.g. the wall) choose the theme for as long as it is shown. */
export const ThemeOverrideContext = createContext<(theme: ThemeName | null) => void>(() => undefined);
export const useThemeOverride = () => useContext(ThemeOverrideContext);

/** Text scale for charts (1 on desks; the wall sets it from the screen size). */
export const ChartScaleContext = createContext(1);
export const useChartScale = () => useContext(ChartScaleContext);
