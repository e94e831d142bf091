// Code lists of the programme, copied from the shared reference data. Reports count by these
// codes; labels are display text (see i18n for translations).
import vdc from './reference/vdc.json';
import brussels from './reference/brussels.json';

export interface CodeLabel<C extends string | number = string> {
  code: C;
  fr: string;
  nl?: string;
}

function codesOf<C extends string | number>(list: ReadonlyArray<{ code: C }>): readonly C[] {
  return list.map((entry) => entry.code);
}

export const reference = { vdc, brussels } as const;

export const CERTIFICATION_CODES = codesOf(vdc.certificationAtEntry);
export const MOTIVATION_CODES = codesOf(vdc.motivations);
export const FRENCH_LEVEL_CODES = codesOf(vdc.frenchLevels);
export const SOURCE_CODES = codesOf(vdc.sources);
export const MODULE_CODES = codesOf(vdc.modules);
export const SPOC_ACTION_KIND_CODES = codesOf(vdc.spocActionKinds);
export const SPOC_OUTCOME_CODES = codesOf(vdc.spocOutcomes);
export const EPREUVE_RESULT_CODES = codesOf(vdc.epreuveResults);
export const CENTRE_REGION_CODES = codesOf(vdc.validationCentreRegions);
export const EXIT_REASON_CODES = codesOf(vdc.exitReasons);
export const ATTENDANCE_STATUS_CODES = codesOf(vdc.attendanceStatuses);
export const METIER_CODES = codesOf(vdc.metiers);
export const ZONE_CODES = codesOf(brussels.zones);
export const OUTSIDE_REGION_CODE = brussels.outsideRegion.code;
export const COMMUNE_CODES = [...codesOf(brussels.communes), OUTSIDE_REGION_CODE];
export const OUTREACH_SITE_KIND_CODES = codesOf(brussels.outreachSiteKinds);
export const GENDER_CODES = ['F', 'M', 'X', 'U'] as const;
export const CONSENT_SCOPE_CODES = ['suivi', 'partage-centre', 'contact'] as const;
export const ROLE_CODES = ['adviser', 'coordinator', 'reporter', 'admin'] as const;

export type Role = (typeof ROLE_CODES)[number];
export type Gender = (typeof GENDER_CODES)[number];
export type ConsentScope = (typeof CONSENT_SCOPE_CODES)[number];

/** The ISP zone of a commune of residence, or undefined outside the region. */
export function zoneOfCommune(communeCode: string): string | undefined {
  return brussels.communes.find((commune) => commune.code === communeCode)?.zone;
}

/** Communes whose postal codes start with the given digits (for "commune by postal code"). */
export function communesByPostalCode(prefix: string): string[] {
  return brussels.communes
    .filter((commune) => commune.postalCodes.some((postal) => postal.startsWith(prefix)))
    .map((commune) => commune.code);
}
