// The published vocabularies of contract v2 (docs/data-contract.md): every programme and technology that
// sites.programme / sites.technology may name, with what decides the indicators they count toward (programmes.kind,
// programmes.in_plan, technologies.cellular). The sample story (story.ts) names only these; stewards extend the CSV
// files, never this code.
import type { ProgrammeKind } from '../../src/data/contract.ts';

export interface ProgrammeRow {
  programme: string;
  kind: ProgrammeKind;
  in_plan: boolean;
  owner: string;
  label_en: string;
}

export interface TechnologyRow {
  technology: string;
  cellular: boolean;
  label_en: string;
}

export const PROGRAMMES = [
  {
    programme: 'Dumisake Internet Desa',
    kind: 'village_access',
    in_plan: true,
    owner: 'Pemerintah Provinsi Jambi',
    label_en: 'Dumisake Village Internet (province)',
  },
  {
    programme: 'BAKTI Internet Desa',
    kind: 'village_access',
    in_plan: true,
    owner: 'BAKTI Kominfo',
    label_en: 'BAKTI Village Internet (national)',
  },
  {
    programme: 'Dumisake GSM Repeater',
    kind: 'cellular_coverage',
    in_plan: true,
    owner: 'Pemerintah Provinsi Jambi',
    label_en: 'Dumisake GSM repeater (province)',
  },
  {
    programme: 'BAKTI BTS 4G',
    kind: 'cellular_coverage',
    in_plan: false,
    owner: 'BAKTI Kominfo',
    label_en: 'BAKTI 4G base station (national)',
  },
  {
    programme: 'Operator',
    kind: 'operator',
    in_plan: false,
    owner: 'Operator seluler',
    label_en: "Cellular operator's own site",
  },
] as const satisfies readonly ProgrammeRow[];

export const TECHNOLOGIES = [
  { technology: 'VSAT', cellular: false, label_en: 'VSAT (Wi-Fi over satellite)' },
  { technology: 'GSM repeater', cellular: true, label_en: 'GSM repeater' },
  { technology: 'BTS 4G', cellular: true, label_en: '4G base station' },
  { technology: 'fibre/radio', cellular: false, label_en: 'Fibre or radio link' },
] as const satisfies readonly TechnologyRow[];

export type ProgrammeName = (typeof PROGRAMMES)[number]['programme'];
export type TechnologyName = (typeof TECHNOLOGIES)[number]['technology'];
