// Labels every panel frame needs, from the i18n layer, and the as-of date of a dataset in the manifest.
import type { TFunction } from 'i18next';
import type { DatasetId } from '../data/contract.ts';
import type { Manifest } from '../data/manifest.ts';
import type { PanelLabels } from '../ui/panel-frame.tsx';

export function panelLabels(t: TFunction): PanelLabels {
  return {
    showTable: t('panel.showTable'),
    hideTable: t('panel.hideTable'),
    loading: t('panel.loading'),
    retry: t('errors.retry'),
    empty: t('panel.empty'),
    downloadPng: t('panel.downloadPng'),
  };
}

export function datasetAsOf(manifest: Manifest, id: DatasetId): string {
  return manifest.datasets.find((d) => d.id === id)?.as_of ?? manifest.as_of;
}

export function datasetSource(manifest: Manifest, ids: readonly DatasetId[]): string {
  const producers = new Set(manifest.datasets.filter((d) => ids.includes(d.id)).map((d) => d.producer));
  return [...producers].join('; ');
}
