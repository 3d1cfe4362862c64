// The threshold the sites-down panel lists by: the wall sets it from wall.json (`alerts.silent_days`); elsewhere the
// indicator's own (SILENT_DAYS).
import { createContext, useContext } from 'react';
import { SILENT_DAYS } from '../../indicators/defs/operations.ts';

export const SilentDaysContext = createContext<number>(SILENT_DAYS);

export function useSilentDays(): number {
  return useContext(SilentDaysContext);
}
