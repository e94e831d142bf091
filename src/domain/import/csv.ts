// Reading CSV text into rows of cells: `;` or `,` separated (whichever the header line uses more),
// UTF-8 with or without BOM, quoted fields with doubled quotes and line breaks inside, CRLF or LF.
export type SheetRows = string[][];

function separatorOf(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : commas > 0 ? ',' : ';';
}

/** The rows of a CSV text; blank lines are left out, cells are trimmed. */
export function parseCsv(input: string): SheetRows {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = separatorOf(text);
  const rows: SheetRows = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell.trim());
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.some((value) => value !== '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) endCell();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      if (text[i + 1] !== '\n') endRow();
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** One CSV line of cells, quoted when needed (for the template). */
export function csvLine(cells: readonly string[], separator = ';'): string {
  return cells.map((value) => (/[";,\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(separator);
}
