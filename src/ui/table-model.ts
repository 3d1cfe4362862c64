/** A table of already formatted cells: exactly what a chart draws, for "Lihat tabel" and screen readers. */
export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface TableModel {
  columns: TableColumn[];
  rows: { key: string; cells: string[] }[];
}
