// What every slide needs to know besides its figures: the as-of dates that end the indicators' periods (from the
// manifest, per source dataset), the regencies with their names, and the deck context of the requests.
import { createContext, useContext } from 'react';
import type { Manifest } from '../../data/manifest.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { asOfFor } from '../../indicators/results.ts';
import type { DeckContext } from './deck-requests.ts';

export interface BriefingData {
  ctx: DeckContext;
  regencies: readonly { code: string; name: string }[];
  names: Readonly<Record<string, string>>;
  /** As-of date of the sites (installations, plans, sites in service, repeaters). */
  sitesAsOf: string;
  /** As-of date of the coverage survey. */
  coverageAsOf: string;
  /** As-of date of the villages list (isolated villages). */
  villagesAsOf: string;
  /**
   * The data version the previous briefing was pinned to: the link's `v` when it names another version than the
   * data shown (the summary's "what changed" is measured from it), else null (the previous publication).
   */
  pinnedVersion: string | null;
}

export function briefingData(
  manifest: Pick<Manifest, 'as_of' | 'datasets' | 'version'>,
  regencies: readonly { code: string; name: string }[],
  linkedVersion: string | null = null,
): BriefingData {
  const sorted = [...regencies].sort((a, b) => a.code.localeCompare(b.code));
  return {
    ctx: {
      telemetryAsOf: asOfFor(INDICATORS.uptime, manifest),
      sitesAsOf: asOfFor(INDICATORS.plan_installations, manifest),
      regencies: sorted.map((r) => r.code),
    },
    regencies: sorted,
    names: Object.fromEntries(sorted.map((r) => [r.code, r.name])),
    sitesAsOf: asOfFor(INDICATORS.plan_installations, manifest),
    coverageAsOf: asOfFor(INDICATORS.blankspot_villages, manifest),
    villagesAsOf: asOfFor(INDICATORS.villages_total, manifest),
    pinnedVersion: linkedVersion !== null && linkedVersion !== manifest.version ? linkedVersion : null,
  };
}

export const BriefingDataContext = createContext<BriefingData | null>(null);

export function useBriefingData(): BriefingData {
  const data = useContext(BriefingDataContext);
  if (!data) throw new Error('useBriefingData outside the briefing deck');
  return data;
}
