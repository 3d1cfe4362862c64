// The column dictionary of one dataset, straight from the data contract (src/data/contract.ts): name, type, whether
// it may be empty or is part of the key, its meaning in the active language, and what values it accepts.
import type { DatasetSpec } from '../../data/contract.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { type ColumnRule, columnRules, isKeyColumn } from './catalog-model.ts';

function ruleText(rule: ColumnRule, t: ReturnType<typeof useLang>['t'], lang: 'id' | 'en'): string {
  switch (rule.kind) {
    case 'oneOf':
      return t('catalog.columns.oneOf', { values: rule.values.join(', ') });
    case 'pattern':
      return t('catalog.columns.pattern', { pattern: rule.pattern });
    case 'range':
      return t('catalog.columns.range', { min: formatNumber(rule.min, lang, 2), max: formatNumber(rule.max, lang, 2) });
    case 'min':
      return t('catalog.columns.min', { min: formatNumber(rule.min, lang, 2) });
    case 'max':
      return t('catalog.columns.max', { max: formatNumber(rule.max, lang, 2) });
    case 'references':
      return t('catalog.columns.references', { target: rule.target });
  }
}

export function ColumnDictionary({ spec, title }: { spec: DatasetSpec; title: string }) {
  const { t, lang } = useLang();
  return (
    <details className="catalog-columns">
      <summary>{t('catalog.columns.heading', { n: spec.columns.length })}</summary>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{t('catalog.columns.caption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalog.columns.name')}</th>
              <th scope="col">{t('catalog.columns.type')}</th>
              <th scope="col">{t('catalog.columns.meaning')}</th>
              <th scope="col">{t('catalog.columns.rules')}</th>
            </tr>
          </thead>
          <tbody>
            {spec.columns.map((c) => {
              const rules = columnRules(c);
              return (
                <tr key={c.name} data-column={c.name}>
                  <th scope="row">
                    <code>{c.name}</code>
                    {isKeyColumn(spec, c.name) && <span className="catalog-tag">{t('catalog.columns.key')}</span>}
                  </th>
                  <td>
                    {t(`catalog.types.${c.sql}`)} <code>{c.sql}</code>
                    <br />
                    <span className="catalog-muted">
                      {c.nullable ? t('catalog.columns.nullable') : t('catalog.columns.required')}
                    </span>
                  </td>
                  <td>{c.meaning[lang]}</td>
                  <td>
                    {rules.length === 0 ? (
                      <span className="catalog-muted">{t('catalog.columns.any')}</span>
                    ) : (
                      <ul className="catalog-rules">
                        {rules.map((r) => (
                          <li key={r.kind}>
                            {r.kind === 'pattern' ? (
                              <>
                                {t('catalog.columns.pattern', { pattern: '' })}
                                <code>{r.pattern}</code>
                              </>
                            ) : (
                              ruleText(r, t, lang)
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
