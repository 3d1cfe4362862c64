// What every panel gets from above: the engine to run its query and the manifest (data version, as-of, sources).
import { createContext, useContext } from 'react';
import type { DataEngine } from '../data/engine-types.ts';
import type { Manifest } from '../data/manifest.ts';

export interface DataContextValue {
  engine: DataEngine;
  manifest: Manifest;
}

export const DataContext = createContext<DataContextValue | null>(null);

export function useData(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('DataContext is missing: wrap panels in <DataContext value={…}>');
  return value;
}
