/**
 * RFC 4180 CSV for spreadsheets: UTF-8 with a byte order mark (without it Excel reads UTF-8 as the local code page
 * and mangles accents), CRLF line ends, and every cell guarded against formula injection.
 */

/** Prepended to the file so that Excel detects UTF-8. */
export const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * First characters that make a spreadsheet treat a cell as a formula (OWASP's list), plus their full-width forms,
 * which some East Asian Excel setups also evaluate.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/**
 * What a spreadsheet may skip before it reads a formula: whitespace (line feed and no-break space included) and
 * invisible format characters (zero-width space, byte order mark, bidirectional marks).
 */
const IGNORED_LEAD = /^[\s\p{Cf}]+/u;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: a text that a spreadsheet could read as a formula gets a leading single quote, so it shows as text;
 * a cell holding a comma, quote, CR or LF is quoted, with quotes doubled.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A number is written by us, never by a trainee: "-1" is a number, not a formula.
  const formula = FORMULA_START.test(text) || FORMULA_START.test(text.replace(IGNORED_LEAD, ''));
  if (typeof value === 'string' && formula) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header, rows, each line ended by CRLF. */
export function csvFile(
  header: readonly string[],
  rows: Iterable<readonly (string | number | null)[]>,
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}
