// What the user reads for a raw filter value: regency and district names from the data, translated statuses,
// technologies, signals and village kinds; programme names as they are (they are proper names).
import type { TFunction } from 'i18next';
import type { Dimension } from '../../filters/filters.ts';
import type { KnownValuesWithLabels } from '../../filters/known-values.ts';

const TECH_KEYS: Record<string, string> = {
  VSAT: 'vsat',
  'GSM repeater': 'gsmRepeater',
  'BTS 4G': 'bts4g',
  'fibre/radio': 'fibreRadio',
};
const STATUS_KEYS = new Set(['planned', 'active', 'offline', 'decommissioned']);
const SIGNAL_KEYS = new Set(['none', '2G', '3G', '4G']);
const KIND_KEYS = new Set(['desa', 'kelurahan']);

export function statusLabel(t: TFunction, value: string): string {
  return STATUS_KEYS.has(value) ? t(`explore.core.statusValue.${value}`) : value;
}

export function technologyLabel(t: TFunction, value: string): string {
  const key = TECH_KEYS[value];
  return key ? t(`explore.core.techValue.${key}`) : value;
}

export function signalLabel(t: TFunction, value: string | null): string {
  if (value === null) return '–';
  return SIGNAL_KEYS.has(value) ? t(`explore.core.signalValue.${value}`) : value;
}

export function kindLabel(t: TFunction, value: string | null): string {
  if (value === null) return '–';
  return KIND_KEYS.has(value) ? t(`explore.core.kindValue.${value}`) : value;
}

export function yesNo(t: TFunction, value: boolean | null): string {
  if (value === null) return '–';
  return t(value ? 'explore.core.yes' : 'explore.core.no');
}

/** A raw filter value → its label (falls back to the value itself). */
export function valueLabel(
  t: TFunction,
  known: KnownValuesWithLabels | undefined,
  dimension: Dimension,
  value: string,
): string {
  switch (dimension) {
    case 'status':
      return statusLabel(t, value);
    case 'technology':
      return technologyLabel(t, value);
    case 'regency':
    case 'district':
    case 'programme':
      return known?.labels[`${dimension}:${value}`] ?? value;
    default:
      return value;
  }
}
