import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { useListing } from '../../coordinator/use-listing.ts';
import { selectedValues, withoutOwnSelection } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { definitionText, periodLabel } from '../../indicators/describe.ts';
import { REGENCIES_LISTING, regenciesListing, toAreaNames } from '../../indicators/listings/regencies.ts';
import { Chart, type ChartEvent } from '../../ui/chart.tsx';
import { Definition } from '../../ui/definition.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { usePresentation } from '../../ui/presentation.ts';
import { useThemeName } from '../../ui/theme-context.ts';
import type { PanelProps } from '../define-panel.ts';
import { ignoredNotes } from '../ignored-notes.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { selectMode } from '../select-mode.ts';
import { installationsRequests, PANEL_ID } from './requests.ts';
import { incompleteYears, isEmpty, regencyAt, toModel, toOption, toTable, yearOfSeries } from './to-option.ts';

const noArgs = () => regenciesListing();

/**
 * A bar click selects ('regency', code) (shift/ctrl/cmd-click adds it); a legend click selects ('year', '2024').
 * Cross-filtering (`onSelect`), the chart asks for every regency without the regency selection and dims the bars
 * not selected, so they stay to compare and to click.
 */
export function InstallationsByRegencyPanel({ filters, onSelect }: PanelProps) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const present = usePresentation();
  const figures = useFigures(installationsRequests(onSelect ? withoutOwnSelection(filters, ['regency']) : filters));
  const selectedKey = onSelect ? selectedValues(filters, 'regency').join() : '';
  const regencies = useListing(REGENCIES_LISTING, null, noArgs);
  const [byYear, totals] = figures.sets;

  const view = useMemo(() => {
    if (!byYear?.figures || !totals?.figures || !regencies.rows) return null;
    const model = toModel(byYear, totals, toAreaNames(regencies.rows));
    const ctx = {
      lang,
      totalLabel: t('installationsByRegency.total', {
        period: model.totalPeriod ? periodLabel(model.totalPeriod, lang) : '',
      }).trim(),
      ariaDescription: t('installationsByRegency.aria'),
      present,
      selected: selectedKey ? selectedKey.split(',') : undefined,
      theme,
    };
    return {
      model,
      option: toOption(model, ctx),
      table: toTable(model, { ...ctx, regencyLabel: t('installationsByRegency.regency') }),
    };
  }, [byYear, totals, regencies.rows, lang, t, present, selectedKey, theme]);

  const onClick = (e: ChartEvent) => {
    const code = view ? regencyAt(view.model, e.dataIndex) : null;
    if (code && onSelect) onSelect('regency', code, selectMode(e));
  };
  const onLegend = (name: string) => {
    const year = view ? yearOfSeries(view.model, name, lang) : null;
    if (year !== null && onSelect) onSelect('year', String(year));
  };

  const failed = figures.state === 'error' || (regencies.state === 'error' && !view);
  const state = failed ? 'error' : !view ? 'loading' : isEmpty(view.model) ? 'empty' : 'ready';
  const running = view ? incompleteYears(view.model) : [];
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('installationsByRegency.title')}
      titleAside={<Definition text={definitionText('installations', lang, filters)} />}
      notes={ignoredNotes(['installations'], filters, lang)}
      subtitle={t('installationsByRegency.subtitle', { date: formatDate(datasetAsOf(manifest, 'sites'), lang) })}
      source={t('panel.source', { source: datasetSource(manifest, ['sites', 'villages', 'programmes']) })}
      labels={panelLabels(t)}
      state={state}
      error={(figures.error ?? regencies.error)?.message}
      onRetry={() => {
        figures.retry();
        regencies.retry();
      }}
      table={view?.table}
    >
      {view && (
        <>
          <Chart
            option={view.option}
            theme={theme}
            height={Math.max(200, 72 + view.model.regencies.length * 34)}
            onClick={onSelect ? onClick : undefined}
            onLegendSelect={onSelect ? onLegend : undefined}
          />
          {running.length > 0 && (
            <p className="panel-note">
              {running
                .map((y) => t('installationsByRegency.incomplete', { period: periodLabel(y.period, lang) }))
                .join(' ')}
            </p>
          )}
        </>
      )}
    </PanelFrame>
  );
}
