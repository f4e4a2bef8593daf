/** An independent RFC 4180 reader, so the tests check the CSV as a spreadsheet would read it. */
export function readCsv(file: string): string[][] {
  if (!file.startsWith('\uFEFF')) throw new Error('no byte order mark');
  const text = file.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted) {
      if (c === '"' && next === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (c === ',') endCell();
    else if (c === '\r' && next === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
    else cell += c;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last line has no CRLF');
  const width = rows[0]?.length;
  rows.forEach((r, i) => {
    if (r.length !== width) throw new Error(`row ${i} has ${r.length} cells, header has ${width}`);
  });
  return rows;
}

/** Rows as objects keyed by the header. */
export function readCsvRecords(file: string): Record<string, string>[] {
  const [header = [], ...rows] = readCsv(file);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
