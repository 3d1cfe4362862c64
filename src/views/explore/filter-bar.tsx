// The filter bar (year range, regency, district, programme, technology, site status) with the values that exist in
// the data, and the chips of the active filters (each a button that removes it; one action clears all).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dimension, Filters } from '../../filters/filters.ts';
import type { KnownValuesWithLabels } from '../../filters/known-values.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { type Chip, chipsFromFilters, removeChip, setValues, setYears } from './explore-state.ts';
import { foldText, matchesWords, queryWords } from './search-text.ts';
import { valueLabel } from './value-labels.ts';

interface Option {
  value: string;
  label: string;
  /** Heading the option is listed under (districts: their regency). */
  group?: string;
}

/** A checkbox list in a disclosure: "Kabupaten/kota: 2 dipilih". Closes on Escape or a click outside. */
function MultiPick(props: {
  dimension: Dimension;
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  searchable?: boolean;
  hint?: string;
}) {
  const { t } = useLang();
  const { dimension, label, options, selected, onChange, searchable, hint } = props;
  const ref = useRef<HTMLDetailsElement>(null);
  const searchId = useId();
  const [query, setQuery] = useState('');
  useEffect(() => {
    const close = (e: MouseEvent) => {
      const el = ref.current;
      if (el?.open && e.target instanceof Node && !el.contains(e.target)) el.open = false;
    };
    document.addEventListener('click', close);
    return () => document.removeEventListener('click', close);
  }, []);

  const words = queryWords(query);
  const shown =
    words.length === 0 ? options : options.filter((o) => matchesWords(foldText(`${o.label} ${o.value}`), words));
  const groups = new Map<string, Option[]>();
  for (const o of shown) {
    const g = o.group ?? '';
    groups.set(g, [...(groups.get(g) ?? []), o]);
  }
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <details
      ref={ref}
      className="pick"
      data-dimension={dimension}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary>
        <span className="pick-label">{label}</span>{' '}
        <span className="pick-value">
          {selected.length === 0
            ? t('explore.core.any')
            : selected.length === 1
              ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
              : t('explore.core.chosen', { n: selected.length })}
        </span>
      </summary>
      <fieldset className="pick-panel">
        <legend className="visually-hidden">{label}</legend>
        {hint && <p className="pick-hint">{hint}</p>}
        {searchable && (
          <>
            <label htmlFor={searchId} className="visually-hidden">
              {t('explore.core.pickSearch', { what: label })}
            </label>
            <input
              id={searchId}
              type="search"
              value={query}
              placeholder={t('explore.core.pickSearch', { what: label.toLocaleLowerCase('id-ID') })}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
            />
          </>
        )}
        <div className="pick-list">
          {shown.length === 0 && <p className="pick-hint">{t('explore.core.noOptions')}</p>}
          {[...groups.entries()].map(([group, list]) => (
            <div key={group || 'all'} className="pick-group">
              {group && <p className="pick-group-name">{group}</p>}
              {list.map((o) => (
                <label key={o.value}>
                  <input type="checkbox" checked={selected.includes(o.value)} onChange={() => toggle(o.value)} />{' '}
                  {o.label}
                </label>
              ))}
            </div>
          ))}
        </div>
      </fieldset>
    </details>
  );
}

function YearRange({
  years,
  filters,
  onChange,
}: {
  years: readonly number[];
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  const { t } = useLang();
  const fromId = useId();
  const toId = useId();
  const sorted = [...years].sort((a, b) => a - b);
  const pick = (raw: string) => (raw === '' ? null : Number(raw));
  return (
    <fieldset className="year-range">
      <legend>{t('explore.core.dim.year')}</legend>
      <label htmlFor={fromId}>{t('explore.core.yearFrom')}</label>
      <select
        id={fromId}
        value={filters.yearFrom ?? ''}
        onChange={(e) => {
          const from = pick(e.target.value);
          onChange(setYears(filters, from, from === null ? null : (filters.yearTo ?? from)));
        }}
      >
        <option value="">{t('explore.core.yearAny')}</option>
        {sorted.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={toId}>{t('explore.core.yearTo')}</label>
      <select
        id={toId}
        value={filters.yearTo ?? ''}
        onChange={(e) => {
          const to = pick(e.target.value);
          onChange(setYears(filters, to === null ? null : (filters.yearFrom ?? to), to));
        }}
      >
        <option value="">{t('explore.core.yearAny')}</option>
        {sorted.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

export function FilterBar({
  known,
  filters,
  onChange,
}: {
  known: KnownValuesWithLabels;
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  const { t } = useLang();
  const label = (dimension: Dimension, value: string) => valueLabel(t, known, dimension, value);
  const opts = (dimension: Dimension, values: readonly string[]): Option[] =>
    values.map((value) => ({ value, label: label(dimension, value) }));

  // Districts of the chosen regencies (all when none is chosen), listed under their regency; chosen districts
  // stay listed so they can be unticked.
  const districts = useMemo(() => {
    const regencyOf = (d: string) => d.slice(0, 5);
    return known.districts
      .filter(
        (d) =>
          filters.regencies.length === 0 || filters.regencies.includes(regencyOf(d)) || filters.districts.includes(d),
      )
      .map((d) => ({
        value: d,
        label: known.labels[`district:${d}`] ?? d,
        group: known.labels[`regency:${regencyOf(d)}`] ?? regencyOf(d),
      }));
  }, [known, filters.regencies, filters.districts]);

  return (
    <search className="filter-bar" aria-label={t('explore.core.filterBar')}>
      <YearRange years={known.years} filters={filters} onChange={onChange} />
      <MultiPick
        dimension="regency"
        label={t('explore.core.dim.regency')}
        options={opts('regency', known.regencies)}
        selected={filters.regencies}
        onChange={(v) => onChange(setValues(filters, 'regency', v))}
      />
      <MultiPick
        dimension="district"
        label={t('explore.core.dim.district')}
        options={districts}
        selected={filters.districts}
        onChange={(v) => onChange(setValues(filters, 'district', v))}
        searchable
        hint={filters.regencies.length > 0 ? t('explore.core.districtScope') : undefined}
      />
      <MultiPick
        dimension="programme"
        label={t('explore.core.dim.programme')}
        options={opts('programme', known.programmes)}
        selected={filters.programmes}
        onChange={(v) => onChange(setValues(filters, 'programme', v))}
      />
      <MultiPick
        dimension="technology"
        label={t('explore.core.dim.technology')}
        options={opts('technology', known.technologies)}
        selected={filters.technologies}
        onChange={(v) => onChange(setValues(filters, 'technology', v))}
      />
      <MultiPick
        dimension="status"
        label={t('explore.core.dim.status')}
        options={opts('status', known.statuses)}
        selected={filters.statuses}
        onChange={(v) => onChange(setValues(filters, 'status', v))}
      />
    </search>
  );
}

export function FilterChips({
  known,
  filters,
  onChange,
}: {
  known: KnownValuesWithLabels;
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  const { t } = useLang();
  const chips = chipsFromFilters(filters, (d, v) => valueLabel(t, known, d, v));
  const chipText = (c: Chip) => `${t(`explore.core.dim.${c.dimension}`)}: ${c.text}`;
  return (
    <fieldset className="chips">
      <legend className="visually-hidden">{t('explore.core.chips')}</legend>
      {chips.length === 0 && <p className="panel-note">{t('explore.core.noChips')}</p>}
      {chips.map((c) => (
        <button
          key={`${c.dimension}:${c.value}`}
          type="button"
          className="chip"
          data-dimension={c.dimension}
          data-value={c.value}
          aria-label={t('explore.core.chipRemove', { chip: chipText(c) })}
          onClick={() => onChange(removeChip(filters, c))}
        >
          {chipText(c)} <span aria-hidden="true">✕</span>
        </button>
      ))}
      {chips.length > 0 && (
        <button
          type="button"
          className="chip-clear"
          onClick={() => onChange(chips.reduce((f, c) => removeChip(f, c), filters))}
        >
          {t('explore.core.clearAll')}
        </button>
      )}
    </fieldset>
  );
}
