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

/**
 * Σ numerator / Σ denominator × scale, where both are first joined on `joinKeys` (denominator rows lead) and then
 * summed to `groupKeys`: a numerator row without a denominator row does not count (progress against a plan counts
 * only the years that have a plan). Any missing denominator in a group leaves the group without a value. Carries the
 * denominator's period_from/period_to.
 */
export function summedRatio(
  numerator: QueryRequest,
  denominator: QueryRequest,
  scale: number,
  joinKeys: readonly string[],
  groupKeys: readonly string[],
): QueryRequest {
  const on = joinKeys.length ? joinKeys.map((k) => `n."${k}" IS NOT DISTINCT FROM d."${k}"`).join(' AND ') : 'TRUE';
  const cols = groupKeys.map((k) => `j."${k}"`).join(', ');
  const den = 'CASE WHEN count(*) = count(j.value) THEN sum(j.value) END';
  const sql = `
WITH n AS (${numerator.sql}), d AS (${denominator.sql}),
j AS (SELECT d.*, coalesce(n.value, 0) AS n_value FROM d LEFT JOIN n ON ${on})
SELECT ${cols ? `${cols}, ` : ''}CAST(sum(j.n_value) AS DOUBLE) AS numerator, CAST(${den} AS DOUBLE) AS denominator,
  CASE WHEN ${den} > 0 THEN ${scale} * CAST(sum(j.n_value) AS DOUBLE) / ${den} END AS value,
  min(j.period_from) AS period_from, max(j.period_to) AS period_to
FROM j
${cols ? `GROUP BY ${cols}` : ''} HAVING count(*) > 0
${cols ? `ORDER BY ${cols}` : ''}`;
  return {
    sql,
    params: [...numerator.params, ...denominator.params],
    tables: [...new Set([...numerator.tables, ...denominator.tables])],
  };
}
