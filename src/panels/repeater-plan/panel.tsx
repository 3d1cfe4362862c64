import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { useListing } from '../../coordinator/use-listing.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { definitionText, formatWithUnit } from '../../indicators/describe.ts';
import { figureAttrs } from '../../indicators/figure.ts';
import {
  REPEATER_UNITS_FILTERS,
  REPEATER_UNITS_LISTING,
  repeaterUnitsListing,
} from '../../indicators/listings/repeater-units.ts';
import { honoured } from '../../indicators/resolve.ts';
import { Chart, type ChartEvent } from '../../ui/chart.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Definition } from '../../ui/definition.tsx';
import { FigureText } from '../../ui/figure-text.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { usePresentation } from '../../ui/presentation.ts';
import { useThemeName } from '../../ui/theme-context.ts';
import type { PanelProps } from '../define-panel.ts';
import { ignoredNotes } from '../ignored-notes.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { selectMode } from '../select-mode.ts';
import { PANEL_ID, repeaterRequests } from './requests.ts';
import { isEmpty, regencyAt, toModel, toOption, toTable, toUnitTable } from './to-option.ts';

const INDICATORS = ['repeaters_planned', 'repeaters_active', 'repeater_progress'] as const;

/** A bar click selects ('regency', code). */
export function RepeaterPlanPanel({ filters, onSelect }: PanelProps) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const present = usePresentation();
  const figures = useFigures(repeaterRequests(filters));
  // The listing's key holds only the filters it honours, so an ignored filter never reruns it.
  const units = useListing(REPEATER_UNITS_LISTING, honoured(filters, REPEATER_UNITS_FILTERS), repeaterUnitsListing);
  const [planned, active, progress, byStatus, byRegency] = figures.sets;

  const view = useMemo(() => {
    if (!planned?.figures || !active?.figures || !progress?.figures || !byStatus?.figures || !byRegency?.figures)
      return null;
    if (!units.rows) return null;
    const model = toModel({ planned, active, progress, byStatus, byRegency }, units.rows);
    const ctx = { lang, t, present };
    return { model, option: toOption(model, ctx), table: toTable(model, ctx), unitTable: toUnitTable(model, ctx) };
  }, [planned, active, progress, byStatus, byRegency, units.rows, lang, t, present]);

  const onClick = (e: ChartEvent) => {
    const code = view ? regencyAt(view.model, e.dataIndex) : null;
    if (code && onSelect) onSelect('regency', code, selectMode(e));
  };

  const failed = figures.state === 'error' || (units.state === 'error' && !view);
  const state = failed ? 'error' : !view ? 'loading' : isEmpty(view.model) ? 'empty' : 'ready';
  const m = view?.model;
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('repeaterPlan.title')}
      titleAside={<Definition text={definitionText('repeaters_planned', lang, filters)} />}
      notes={ignoredNotes(INDICATORS, filters, lang)}
      subtitle={t('repeaterPlan.subtitle', { date: formatDate(datasetAsOf(manifest, 'sites'), lang) })}
      source={t('panel.source', { source: datasetSource(manifest, ['sites', 'village_coverage', 'villages']) })}
      labels={panelLabels(t)}
      state={state}
      error={(figures.error ?? units.error)?.message}
      onRetry={() => {
        figures.retry();
        units.retry();
      }}
      table={view?.table}
    >
      {view && m && (
        <>
          <p className="repeater-headline">
            {m.planned && (
              <strong>
                <FigureText attrs={figureAttrs(m.planned)}>
                  {formatWithUnit('repeaters_planned', m.planned.value, lang)}
                </FigureText>
              </strong>
            )}{' '}
            {t('repeaterPlan.headline.planned')} ·{' '}
            {m.active && (
              <strong>
                <FigureText attrs={figureAttrs(m.active)}>
                  {formatWithUnit('repeaters_active', m.active.value, lang)}
                </FigureText>
              </strong>
            )}{' '}
            {t('repeaterPlan.headline.active')} · {t('repeaterPlan.headline.progress')}{' '}
            {m.progress && (
              <strong>
                <FigureText attrs={figureAttrs(m.progress)}>
                  {formatWithUnit('repeater_progress', m.progress.value, lang)}
                </FigureText>
              </strong>
            )}{' '}
            {t('repeaterPlan.headline.progressRule')}
          </p>
          <Chart
            option={view.option}
            theme={theme}
            height={Math.max(200, 60 + view.model.regencies.length * 40)}
            onClick={onSelect ? onClick : undefined}
          />
          <div className="repeater-units">
            <DataTable model={view.unitTable} caption={t('repeaterPlan.unitsCaption')} />
          </div>
          <p className="panel-note">{t('repeaterPlan.note')}</p>
        </>
      )}
    </PanelFrame>
  );
}
