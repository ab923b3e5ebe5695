// A small RFC 4180 reader for uploaded CSV text: quoted cells, doubled quotes,
// CRLF or LF line ends. Pure and total: any input gives rows or a reason, never a throw.

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; reason: string; line: number };

export const CSV_MAX_CHARS = 1_000_000;

export function parseCsv(text: unknown): CsvParse {
  if (typeof text !== 'string') return { ok: false, reason: 'Send the CSV as text.', line: 0 };
  if (text.length > CSV_MAX_CHARS) return { ok: false, reason: `The file is larger than ${CSV_MAX_CHARS / 1000} kB.`, line: 0 };
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let cellStarted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      cellStarted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStarted = false;
      line++;
    } else {
      cell += c;
      cellStarted = true;
    }
  }
  if (quoted) return { ok: false, reason: 'A quoted cell is not closed.', line };
  if (cellStarted || row.length) {
    row.push(cell);
    rows.push(row);
  }
  // Blank lines carry nothing.
  return { ok: true, rows: rows.filter((r) => !(r.length === 1 && r[0].trim() === '')) };
}
