import { createContext, useContext } from 'react';
import type { ThemeName } from './theme.ts';

export const ThemeContext = createContext<ThemeName>('light');
export const useThemeName = () => useContext(ThemeContext);
