import { useQuery } from '@tanstack/react-query';
import { useData } from '../coordinator/data-context.tsx';
import { type KnownValuesWithLabels, knownValuesQuery, toKnownValues } from '../filters/known-values.ts';

/** The filter values that exist in the current data version (regencies, districts, years…), with labels. */
export function useKnownValues(): KnownValuesWithLabels | undefined {
  const { engine, manifest } = useData();
  return useQuery({
    queryKey: ['known-values', manifest.version],
    queryFn: async () => toKnownValues(await engine.run(knownValuesQuery())),
  }).data;
}
