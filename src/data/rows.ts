// Arrow results → plain JSON-safe rows. BigInt becomes number, DATE becomes 'YYYY-MM-DD', DECIMAL becomes number,
// so panels and ECharts never see BigInt, typed arrays or Date objects.
import type { Table } from 'apache-arrow';
// The enum alone (not the whole Arrow library) so that this module stays out of DuckDB's lazily loaded chunk.
import { Type } from 'apache-arrow/enum';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

export function toCell(value: unknown, typeId: Type): Cell {
  if (value === null || value === undefined) return null;
  switch (typeId) {
    case Type.Date:
    case Type.DateDay:
    case Type.DateMillisecond:
      return isoDay(value instanceof Date ? value.getTime() : Number(value));
    case Type.Timestamp:
    case Type.TimestampSecond:
    case Type.TimestampMillisecond:
    case Type.TimestampMicrosecond:
    case Type.TimestampNanosecond:
      return new Date(value instanceof Date ? value.getTime() : Number(value)).toISOString();
    default:
      break;
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value)) return Number(String(value)); // DECIMAL arrives as a typed-array wrapper
  return String(value);
}

export function arrowToRows(table: Table): Row[] {
  const fields = table.schema.fields;
  const columns = fields.map((f) => table.getChild(f.name));
  const rows: Row[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c];
      if (!field) continue;
      row[field.name] = toCell(columns[c]?.get(i), field.typeId);
    }
    rows[i] = row;
  }
  return rows;
}
