import { cellAttrs, cellText, type TableModel } from './table-model.ts';

/** A plain, accessible HTML table of formatted cells (text only: React escapes every value). */
export function DataTable({ model, caption }: { model: TableModel; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {model.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              {r.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={model.columns[i]?.key ?? i} scope="row" {...cellAttrs(cell)}>
                    {cellText(cell)}
                  </th>
                ) : (
                  <td
                    key={model.columns[i]?.key ?? i}
                    className={model.columns[i]?.numeric ? 'num' : undefined}
                    {...cellAttrs(cell)}
                  >
                    {cellText(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
