// An XLSX reader written apart from exceljs (which writes the app's exports), so a test of the
// export does not read it back with the library that wrote it: the zip's central directory read by
// hand, entries inflated with node:zlib, the sheets' XML read with regular expressions (the
// SpreadsheetML that a writer emits is flat enough). Tests only.
import { inflateRawSync } from 'node:zlib';

export interface ReadCell {
  /** A number for numeric cells, a string for shared or inline strings. */
  value: number | string;
  /** The cell's number format code ("0", "0%", "@", "General"). */
  format: string;
}
export interface ReadSheet {
  name: string;
  /** rows[r][c], 0-based; missing cells are undefined. */
  rows: (ReadCell | undefined)[][];
}

function unzip(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  for (let index = 0; index < count; index += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(dataAt, dataAt + compressed);
    const bytes = method === 8 ? inflateRawSync(data) : data;
    files.set(name, new TextDecoder().decode(bytes));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((match) => unescapeXml(match[1] ?? '')).join('');

const BUILT_IN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 9: '0%', 10: '0.00%', 49: '@' };

export function readXlsx(file: Uint8Array): ReadSheet[] {
  const files = unzip(file);
  const shared = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => textOf(match[1] ?? ''));
  const styles = files.get('xl/styles.xml') ?? '';
  const customFormats = new Map([...styles.matchAll(/<numFmt\s[^>]*>/g)].map((match) => [Number(attribute(match[0], 'numFmtId')), unescapeXml(attribute(match[0], 'formatCode') ?? '')]));
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfFormats = [...cellXfs.matchAll(/<xf\s[^>]*?\/?>/g)].map((match) => {
    const id = Number(attribute(match[0], 'numFmtId') ?? 0);
    return customFormats.get(id) ?? BUILT_IN_FORMATS[id] ?? `#${id}`;
  });
  const workbook = files.get('xl/workbook.xml') ?? '';
  const relations = files.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map([...relations.matchAll(/<Relationship\s[^>]*>/g)].map((match) => [attribute(match[0], 'Id'), attribute(match[0], 'Target')]));
  return [...workbook.matchAll(/<sheet\s[^>]*>/g)].map((match) => {
    const name = unescapeXml(attribute(match[0], 'name') ?? '');
    const target = targets.get(attribute(match[0], 'r:id')) ?? '';
    const xml = files.get(target.startsWith('/') ? target.slice(1) : `xl/${target}`) ?? '';
    const rows: (ReadCell | undefined)[][] = [];
    for (const cell of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const head = `<c ${cell[1] ?? ''}>`;
      const body = cell[2] ?? '';
      const ref = /^([A-Z]+)(\d+)$/.exec(attribute(head, 'r') ?? '');
      if (!ref) continue;
      const column = [...(ref[1] ?? '')].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
      const row = Number(ref[2]) - 1;
      const type = attribute(head, 't');
      const raw = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      let value: number | string | undefined;
      if (type === 's') value = shared[Number(raw)];
      else if (type === 'inlineStr' || type === 'str') value = type === 'str' ? unescapeXml(raw ?? '') : textOf(body);
      else if (raw !== undefined) value = Number(raw);
      if (value === undefined) continue;
      const format = xfFormats[Number(attribute(head, 's') ?? 0)] ?? 'General';
      (rows[row] ??= [])[column] = { value, format };
    }
    // Empty rows (not written in the XML) read as empty arrays, so rows can be searched.
    return { name, rows: Array.from(rows, (row) => row ?? []) };
  });
}
