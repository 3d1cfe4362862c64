import type { Filters } from '../../../filters/filters.ts';

/** Exports, uploads and the SQL console of the analyst workspace (built in the explore-tools task). */
export function ExploreTools(_props: { filters: Filters }) {
  return null;
}
