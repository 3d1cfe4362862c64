// A rate from two indicator queries joined on their breakdown keys.
import type { QueryRequest } from '../../data/engine-types.ts';
import type { ResolvedRequest } from '../types.ts';

/** numerator / denominator × 100 over the breakdown keys of two sub-queries (denominator rows lead). */
export function ratio(
  req: ResolvedRequest,
  numerator: QueryRequest,
  denominator: QueryRequest,
  scale = 100,
  keys: readonly string[] = req.by,
  /** Carry the denominator's period_from/period_to (a plan's years). */
  carryPeriod = false,
): QueryRequest {
  const on = keys.length ? keys.map((k) => `n."${k}" IS NOT DISTINCT FROM d."${k}"`).join(' AND ') : 'TRUE';
  const select = keys.map((k) => `d."${k}"`).join(', ');
  const sql = `
WITH n AS (${numerator.sql}), d AS (${denominator.sql})
SELECT ${select ? `${select}, ` : ''}CAST(coalesce(n.value, 0) AS DOUBLE) AS numerator, CAST(d.value AS DOUBLE) AS denominator,
  CASE WHEN d.value > 0 THEN ${scale} * CAST(coalesce(n.value, 0) AS DOUBLE) / d.value END AS value${
    carryPeriod ? ', d.period_from, d.period_to' : ''
  }
FROM d LEFT JOIN n ON ${on}
${keys.length ? `ORDER BY ${keys.map((k) => `d."${k}"`).join(', ')}` : ''}`;
  return {
    sql,
    params: [...numerator.params, ...denominator.params],
    tables: [...new Set([...numerator.tables, ...denominator.tables])],
  };
}
