/** A table of already formatted cells: exactly what a chart draws, for "Lihat tabel" and screen readers. */
export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

/** A cell that shows an indicator's value carries its data-* attributes (src/indicators/figure.ts). */
export interface TableCell {
  text: string;
  attrs?: Readonly<Record<string, string>>;
}

export interface TableModel {
  columns: TableColumn[];
  rows: { key: string; cells: (string | TableCell)[] }[];
}

export const cellText = (cell: string | TableCell): string => (typeof cell === 'string' ? cell : cell.text);
export const cellAttrs = (cell: string | TableCell) => (typeof cell === 'string' ? undefined : cell.attrs);
