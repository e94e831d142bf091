// Parsing one imported cell into a code or a date of the reference lists: communes by French or
// Dutch name, code or postal code; gender words; métiers, exit reasons and SPOC kinds by label or
// code; dates as DD/MM/YYYY, YYYY-MM-DD or Excel serial numbers; a birth year alone.
import { OUTSIDE_REGION_CODE, reference, type Gender } from '../codes';
import { BIRTH_YEAR, brusselsDate, isCalendarDate } from '../dates';
import { foldHeader } from './fields';
import { matchMetier } from './metier-codes';
import type { MetierCatalogue } from '../metiers/catalogue';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refused = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

type Labelled = { code: string; fr: string; nl?: string };

/** Folded label, and the same label without its "(e)"-style endings. */
function labelKeys(label: string): string[] {
  return [foldHeader(label), foldHeader(label.replace(/\([^)]*\)/g, ''))];
}

function lookup(list: readonly Labelled[], aliases: Record<string, string> = {}): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of list) {
    for (const key of [foldHeader(entry.code), ...labelKeys(entry.fr), ...(entry.nl ? labelKeys(entry.nl) : [])]) map.set(key, entry.code);
  }
  for (const [alias, code] of Object.entries(aliases)) map.set(foldHeader(alias), code);
  return map;
}

const COMMUNES = lookup(reference.brussels.communes as Labelled[], {
  bruxelles: 'bruxelles',
  brussel: 'bruxelles',
  brussels: 'bruxelles',
  'hors bruxelles': OUTSIDE_REGION_CODE,
  'hors region': OUTSIDE_REGION_CODE,
  [reference.brussels.outsideRegion.fr]: OUTSIDE_REGION_CODE,
  [reference.brussels.outsideRegion.nl]: OUTSIDE_REGION_CODE,
});
const EXIT_REASONS = lookup(reference.vdc.exitReasons as Labelled[], {
  titre: 'titre-obtenu',
  'titre obtenu': 'titre-obtenu',
  emploi: 'emploi',
  werk: 'emploi',
  formation: 'formation',
  opleiding: 'formation',
  sante: 'sante',
  gezondheid: 'sante',
  abandon: 'abandon',
  'sans nouvelles': 'abandon',
  demenagement: 'demenagement',
  verhuis: 'demenagement',
});
const SPOC_KINDS = lookup(reference.vdc.spocActionKinds as Labelled[], {
  individuel: 'individuelle',
  individuelle: 'individuelle',
  individueel: 'individuelle',
  individual: 'individuelle',
  collectif: 'collective',
  collective: 'collective',
  'seance collective': 'collective',
  seance: 'collective',
  collectief: 'collective',
  infosessie: 'collective',
  telephone: 'mail',
  tel: 'mail',
  email: 'mail',
  'e-mail': 'mail',
  telefoon: 'mail',
});
const GENDERS: Record<string, Gender> = {
  f: 'F', femme: 'F', feminin: 'F', vrouw: 'F', v: 'F', female: 'F', woman: 'F',
  h: 'M', m: 'M', homme: 'M', masculin: 'M', man: 'M', male: 'M',
  x: 'X', autre: 'X', ander: 'X', other: 'X',
  u: 'U', 'non dit': 'U', 'non precise': 'U', onbekend: 'U', unknown: 'U',
};

const fromMap = (map: Map<string, string>, reason: string) => (value: string): Parsed<string> => {
  const code = map.get(foldHeader(value));
  return code ? ok(code) : refused(reason);
};

/** A métier of the list, by code or label (metier-codes.ts); a suggestion is not a match. */
export function parseMetier(value: string, catalogue?: MetierCatalogue): Parsed<string> {
  const match = matchMetier(value, catalogue);
  return match?.exact ? ok(match.code) : refused('unknownMetier');
}
export const parseExitReason = fromMap(EXIT_REASONS, 'unknownExitReason');
export const parseSpocKind = fromMap(SPOC_KINDS, 'unknownSpocKind');

export function parseGender(value: string): Parsed<Gender> {
  const code = GENDERS[foldHeader(value)];
  return code ? ok(code) : refused('unknownGender');
}

/** A commune by name (French or Dutch) or code; a Brussels postal code works here too. */
export function parseCommune(value: string): Parsed<string> {
  if (/^\d{4}$/.test(value.trim())) return parsePostalCode(value);
  const code = COMMUNES.get(foldHeader(value));
  return code ? ok(code) : refused('unknownCommune');
}

/** The commune of a postal code: a Brussels one, or "outside the region" for other Belgian codes. */
export function parsePostalCode(value: string): Parsed<string> {
  const digits = value.trim();
  if (!/^\d{4}$/.test(digits)) return refused('unknownPostalCode');
  const commune = reference.brussels.communes.find((entry) => entry.postalCodes.includes(digits));
  if (commune) return ok(commune.code);
  return Number(digits) >= 1000 ? ok(OUTSIDE_REGION_CODE) : refused('unknownPostalCode');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Excel's day number (1900 date system, with its leap-year bug: day 0 is 1899-12-30). */
function fromExcelSerial(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A two-digit year: this century up to this year, the last century after it. */
function fullYear(digits: string, today: string): string {
  if (digits.length === 4) return digits;
  const candidate = `20${digits}`;
  return candidate <= today.slice(0, 4) ? candidate : `19${digits}`;
}

/** A year alone (a cell holding 2026, as text or number): a year, never an Excel serial. */
const YEAR_ALONE = /^(19|20)\d\d$/;

/**
 * A calendar date: DD/MM/YYYY or DD.MM.YY (with /, - or . separators), YYYY-MM-DD (a time after it
 * is dropped), or an Excel serial. A year alone is refused as `yearOnly`: it is not a day.
 */
export function parseDate(value: string, today: string = brusselsDate()): Parsed<string> {
  const text = value.trim();
  if (YEAR_ALONE.test(text)) return refused('yearOnly');
  let iso: string | undefined;
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (dayFirst) iso = `${fullYear(dayFirst[3] as string, today)}-${pad(Number(dayFirst[2]))}-${pad(Number(dayFirst[1]))}`;
  else if (yearFirst) iso = `${yearFirst[1]}-${pad(Number(yearFirst[2]))}-${pad(Number(yearFirst[3]))}`;
  else if (/^\d{1,6}(\.\d+)?$/.test(text) && Number(text) >= 1) iso = fromExcelSerial(Number(text));
  return iso && isCalendarDate(iso) ? ok(iso) : refused('invalidDate');
}

/** A date of birth, or its year alone (four digits). */
export function parseBirthDate(value: string): Parsed<string> {
  const text = value.trim();
  // A year is a year: its plausibility (an age of 14 to 100) is the record schema's, as at intake.
  if (BIRTH_YEAR.test(text)) return ok(text);
  const date = parseDate(text);
  return date.ok ? date : refused('invalidBirthDate');
}

/** A phone number as written; a Belgian number that lost its leading 0 in a spreadsheet gets it back. */
export function parsePhone(value: string): Parsed<string> {
  const text = value.trim();
  return ok(/^[1-9]\d{7,8}$/.test(text) ? `0${text}` : text);
}
