// Exports, panel images, uploads and the read-only SQL console of the analyst workspace (#/explore).
import type { Filters } from '../../../filters/filters.ts';
import { useLang } from '../../../i18n/use-lang.ts';
import { ExportSection } from './export-section.tsx';
import { PngSection } from './png-section.tsx';
import { SqlConsoleSection } from './sql-console-section.tsx';
import { UploadSection } from './upload-section.tsx';
import './explore-tools.css';

export function ExploreTools({ filters }: { filters: Filters }) {
  const { t } = useLang();
  return (
    <section className="tools-root" aria-labelledby="explore-tools-title" data-explore-tools="">
      <h2 id="explore-tools-title">{t('explore.tools.title')}</h2>
      <p className="panel-subtitle">{t('explore.tools.intro')}</p>
      <div className="tools-grid">
        <ExportSection filters={filters} />
        <PngSection />
      </div>
      <UploadSection />
      <SqlConsoleSection />
    </section>
  );
}
