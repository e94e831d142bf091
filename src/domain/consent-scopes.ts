// Consent scopes enforced, not only stored (docs/audit-and-consent.md):
// - no registration shared with a validation centre, and no result received from one, without the
//   `partage-centre` scope: a validation step's centre fields stay empty;
// - no contact without the `contact` scope: no "exchange by mail / phone" SPOC action names them.
// Pure, so that the tablet's forms (which say why, in the field) and the server's push (which
// refuses the change) apply the same rule.
import type { ConsentScope } from './codes';

/** A validation step's fields that a registration shares with the centre or that the centre sends back. */
export const CENTRE_FIELDS = ['centreName', 'centreRegion', 'registrationDate', 'testDate', 'result', 'titreDate'] as const;

/** The SPOC action kind that contacts the person (by mail or phone). */
export const CONTACT_SPOC_KIND = 'mail';

export type ConsentRefusal = 'consentSharingMissing' | 'consentContactMissing';

interface WithConsent {
  consent?: { given?: boolean; scopes?: readonly string[] } | null;
}

export function hasConsentScope(candidate: WithConsent | undefined, scope: ConsentScope): boolean {
  return candidate?.consent?.given === true && (candidate.consent.scopes ?? []).includes(scope);
}

const filled = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * The centre fields a validation step change sets to a new value. Clearing one is always allowed,
 * and so is a value the record already held (correcting another field of an older attempt).
 */
export function centreFieldsSet(fields: Readonly<Record<string, unknown>>, before?: Readonly<Record<string, unknown>>): string[] {
  return CENTRE_FIELDS.filter((field) => filled(fields[field]) && fields[field] !== before?.[field]);
}

export interface ConsentIssue {
  path: string[];
  code: ConsentRefusal;
}

/**
 * What a change to a validation step or a SPOC action may not do given the consent of the people
 * it names. `fields` is the change, `before` the record's data before it (if any), `merged` after
 * it; `person` reads a candidate's data (undefined when not known).
 */
export function consentIssues(
  table: string,
  fields: Readonly<Record<string, unknown>>,
  before: Readonly<Record<string, unknown>> | undefined,
  merged: Readonly<Record<string, unknown>>,
  person: (candidateId: string) => WithConsent | undefined,
): ConsentIssue[] {
  if (table === 'validationSteps') {
    const set = centreFieldsSet(fields, before);
    const candidateId = merged.candidateId;
    if (set.length === 0 || typeof candidateId !== 'string' || hasConsentScope(person(candidateId), 'partage-centre')) return [];
    return set.map((field) => ({ path: [field], code: 'consentSharingMissing' }));
  }
  if (table === 'spocActions') {
    // Checked when the action becomes a contact or names other people, not when a later edit keeps both.
    const unchanged = (field: string) => fields[field] === undefined || JSON.stringify(fields[field]) === JSON.stringify(before?.[field]);
    if (merged.kind !== CONTACT_SPOC_KIND || (unchanged('kind') && unchanged('candidateIds'))) return [];
    const named = Array.isArray(merged.candidateIds) ? merged.candidateIds.filter((id): id is string => typeof id === 'string') : [];
    return named.some((id) => !hasConsentScope(person(id), 'contact')) ? [{ path: ['kind'], code: 'consentContactMissing' }] : [];
  }
  return [];
}
