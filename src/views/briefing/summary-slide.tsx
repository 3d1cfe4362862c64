// The opening slide: where the province stands against each target, the sites down, the outlook and the regencies
// furthest from target (the narrative, narrative-summary.ts), what needs a decision, and what changed since the
// previous publication — or since the version the previous briefing was pinned to (`v` in the link) — from the
// headline history (public/data/history.jsonl, src/narrative/what-changed.ts). Every number carries its attributes.

import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useHistory } from '../../coordinator/use-history.ts';
import type { DatasetId } from '../../data/contract.ts';
import type { Lang } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { whatChanged, whatChangedSentences } from '../../narrative/what-changed.ts';
import { whatChangedParts } from '../../narrative/what-changed-text.ts';
import { useBriefingData } from './briefing-data.ts';
import { summaryRequests } from './deck-requests.ts';
import { summaryNarrative } from './narrative-summary.ts';
import type { Part } from './sentence.ts';
import { sentenceParts } from './sentence.ts';
import { Parts, SlideShell } from './slide-shell.tsx';
import { single, useSlideFigures } from './use-slide-figures.ts';

const DATASETS: readonly DatasetId[] = ['village_coverage', 'targets', 'sites', 'site_daily'];
const NUMBER_KINDS = new Set(['figure', 'delta', 'count', 'period', 'date']);

function ChangedSince() {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const { pinnedVersion } = useBriefingData();
  const history = useHistory();
  const sentences = useMemo(() => {
    if (!history.data) return null;
    return whatChangedSentences(whatChanged(history.data.entries, manifest.version, pinnedVersion));
  }, [history.data, manifest.version, pinnedVersion]);
  return (
    <section className="summary-box" data-box="changed" data-state={sentences ? 'ready' : history.status}>
      <h3>{t('briefing.say.summary.changedTitle')}</h3>
      {history.error ? (
        <p className="slide-error">{t('briefing.say.summary.changedError', { message: history.error.message })}</p>
      ) : !sentences ? (
        <p className="slide-loading">{t('briefing.say.summary.changedLoading')}</p>
      ) : (
        <ul>
          {sentences.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the comparison's sentences in order
            <li key={i} className="sentence" data-say={`whatChanged.${s.key}`}>
              <Parts parts={changedParts(s, t, lang)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The what-changed runs as the slide's parts: numbers, periods and dates keep their attributes. */
function changedParts(s: Parameters<typeof whatChangedParts>[0], t: TFunction, lang: Lang): Part[] {
  return whatChangedParts(s, t, lang).map((p) =>
    p.kind && NUMBER_KINDS.has(p.kind)
      ? { text: p.text, kind: p.kind as Part['kind'], attrs: p.attrs }
      : { text: p.text, attrs: p.attrs },
  );
}

export function SummarySlide() {
  const { t, lang } = useLang();
  const data = useBriefingData();
  const q = useSlideFigures(summaryRequests(data.ctx));
  const f = q.figures;
  const view = useMemo(() => {
    if (!q.complete) return null;
    return summaryNarrative({
      blankspot: f.blankspot ?? [],
      target: f.target ?? [],
      plan: { installed: f.installed ?? [], planned: f.planned ?? [], progress: f.progress ?? [] },
      repeatersActive: single(f.repeatersActive),
      repeatersPlanned: single(f.repeatersPlanned),
      repeaterProgress: single(f.repeaterProgress),
      sitesDown: single(f.sitesDown),
      regencyBlankspot: f.regencyBlankspot ?? [],
      regencyTarget: f.regencyTarget ?? [],
      names: data.names,
      sitesAsOf: data.sitesAsOf,
    });
  }, [q.complete, f, data.names, data.sitesAsOf]);
  return (
    <SlideShell
      slideId="summary"
      headline={t('briefing.headline.summary')}
      sentences={view?.sentences ?? null}
      failed={q.state === 'error'}
      onRetry={q.retry}
      datasets={DATASETS}
    >
      <div className="summary-body">
        <section className="summary-box" data-box="decide">
          <h3>{t('briefing.say.summary.decideTitle')}</h3>
          {view &&
            (view.decisions.length === 0 ? (
              <p>{t('briefing.say.summary.decideNone')}</p>
            ) : (
              <ul>
                {view.decisions.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the decisions in order
                  <li key={i} className="sentence" data-say={s.key}>
                    <Parts parts={sentenceParts(s, t, lang)} />
                  </li>
                ))}
              </ul>
            ))}
        </section>
        <ChangedSince />
      </div>
    </SlideShell>
  );
}
