// Shared pieces of the indicator definitions: bilingual text, the producer, and the site predicates that decide
// which sites count (from the vocabularies, never from programme names in code).
import type { Text } from '../../data/contract.ts';

export const t = (id: string, en: string): Text => ({ id, en });

export const PRODUCER = 'Dinas Komunikasi dan Informatika Provinsi Jambi (JDAC)';

/** A site that has been installed (its installation date is known). */
export const INSTALLED = 's.installed_on IS NOT NULL';
/** A site installed and not taken down: status active or offline. */
export const IN_SERVICE = `s.installed_on IS NOT NULL AND s.status IN ('active', 'offline')`;
/** A site of a programme that counts against targets.planned_installations (programmes.in_plan). */
export const IN_PLAN = 's.programme IN (SELECT p.programme FROM programmes p WHERE p.in_plan)';
/** A site of a village-access programme (an Internet Desa point: programmes.kind = village_access). */
export const VILLAGE_ACCESS = `s.programme IN (SELECT p.programme FROM programmes p WHERE p.kind = 'village_access')`;
/** A GSM repeater unit (technology from the technologies vocabulary). */
export const REPEATER = `s.technology = 'GSM repeater'`;
/** The installation year of a site (INTEGER). */
export const INSTALL_YEAR = 'CAST(year(s.installed_on) AS INTEGER)';
