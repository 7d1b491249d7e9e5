/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote
 * or a line break, quotes doubled. A field that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or CR) gets a leading apostrophe, so an exported name cannot execute.
 */
export type CsvValue = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
