// The synced records' `data` shapes, with their wire field names (docs/sync-protocol.md, "Synced
// tables and their fields").
// `fieldSchemas[table]` validates a mutation's `fields` (a partial patch: `null` clears a field,
// unknown fields are refused); `recordSchemas[table]` validates a whole record after the merge.
import { z } from 'zod';
import {
  ATTENDANCE_STATUS_CODES,
  CENTRE_REGION_CODES,
  COMMUNE_CODES,
  EPREUVE_RESULT_CODES,
  EXIT_REASON_CODES,
  MODULE_CODES,
  OUTREACH_SITE_KIND_CODES,
  ROLE_CODES,
  SPOC_ACTION_KIND_CODES,
  SPOC_OUTCOME_CODES,
} from './codes';
import { FIELD_PLAUSIBILITY_ISSUES, actionDateIssue, capacityIssue, exitDateIssue, headCountIssue } from './plausibility';
import type { SyncedTable } from './tables';
import { moduleDecisionsSchema } from './positioning/module-decisions';
import { observationFields, observationRecordSchema, type ObservationData } from './positioning/observation-fields';
import { MAX_CANDIDATE_WORDS, agreedLevelsSchema, orientationSchema } from './positioning/agreement';
import { ATTACHMENT_KINDS, MAX_ATTACHMENT_BYTES, SHA256_HEX, kindOfMediaType, maxBytesOf } from './attachments';
import { metierCode, metierFields, metierRecordSchema, siteMetierFields, siteMetierRecordSchema, type MetierData, type SiteMetierData } from './metiers/schema';
import { calendarDate, clearable, clockTime, code, id, instant, plausible, text } from './field-schemas';
import { candidateFieldsWhere, candidateRecordShape } from './candidate-fields';

const actionDate = calendarDate.superRefine(plausible((value: string) => actionDateIssue(value)));
const headCount = z.number({ message: 'invalidNumber' }).max(10000, { message: 'outOfRange' }).superRefine(plausible(headCountIssue));
const capacity = z.number({ message: 'invalidNumber' }).max(1000, { message: 'outOfRange' }).superRefine(plausible(capacityIssue));


/** The site where the work was done (src/domain/work-site.ts): set at creation, never changed. */
const workSiteId = clearable(z.string().min(1, { message: 'invalidId' }).max(64, { message: 'invalidId' }));

export { consentSchema } from './candidate-fields';

/** The candidate's shape, derived from its field table (candidate-fields.ts, docs/candidate-fields.md). */
export const candidateFields = z.strictObject(candidateRecordShape());

export const spocActionFields = z.strictObject({
  date: actionDate.optional(),
  kind: code(SPOC_ACTION_KIND_CODES).optional(),
  candidateIds: z.array(id).max(500).optional(),
  headCount: headCount.optional(),
  metiers: z.array(metierCode).max(20).optional(),
  outcome: clearable(code(SPOC_OUTCOME_CODES)),
  adviserId: id.optional(),
  outreachPlace: clearable(text(200)),
  workSiteId,
});

export const accompanimentFields = z.strictObject({
  candidateId: id.optional(),
  // Any code of the network's catalogue (docs/metier-catalogue.md), not a closed list.
  metier: metierCode.optional(),
  startDate: calendarDate.optional(),
  adviserId: id.optional(),
  status: z.enum(['open', 'closed'], { message: 'unknownCode' }).optional(),
  exitDate: clearable(calendarDate),
  exitReason: clearable(code(EXIT_REASON_CODES)),
  workSiteId,
});

const looseMap = z.record(z.string().max(200), z.unknown());

export const positioningFields = z.strictObject({
  accompanimentId: clearable(id),
  candidateId: id.optional(),
  questionnaireId: z.string().min(1).max(100).optional(),
  questionnaireVersion: z.number().int().min(1).optional(),
  answeredBy: clearable(z.enum(['candidate', 'adviser'], { message: 'unknownCode' })),
  startedAt: instant.optional(),
  completedAt: clearable(instant),
  answers: clearable(looseMap),
  adviserRatings: clearable(looseMap),
  scores: clearable(looseMap),
  recommendations: clearable(z.array(looseMap).max(50)),
  /** The adviser's decisions on the recommended modules (domain/positioning/module-decisions.ts). */
  moduleDecisions: clearable(moduleDecisionsSchema),
  /** Levels agreed with the candidate after the comparison, per item (domain/positioning/agreement.ts). */
  agreedLevels: clearable(agreedLevelsSchema),
  /** The candidate's own words on the result. */
  candidateWords: clearable(text(MAX_CANDIDATE_WORDS)),
  /** Where the talk leads: modules, training first, straight to registration, other (with a note). */
  orientation: clearable(orientationSchema),
  /** An interrupted sitting the adviser discarded: kept, never shown as to resume. */
  discardedAt: clearable(instant),
  workSiteId,
  /** The métier of the sitting (its trade items), set when the sitting starts. */
  metier: metierCode.optional(),
  /** The language shown beside the simplified French, if any; set when the sitting starts. */
  secondLanguage: clearable(z.enum(['en', 'ar'], { message: 'unknownCode' })),
});

export const moduleSessionFields = z.strictObject({
  module: code(MODULE_CODES).optional(),
  title: clearable(text(200)),
  date: calendarDate.optional(),
  startTime: clearable(clockTime),
  endTime: clearable(clockTime),
  facilitator: clearable(text(200)),
  capacity: clearable(capacity),
});

export const attendanceFields = z.strictObject({
  sessionId: id.optional(),
  candidateId: id.optional(),
  status: code(ATTENDANCE_STATUS_CODES).optional(),
  hours: clearable(z.number({ message: 'invalidNumber' }).min(0, { message: 'outOfRange' }).max(24, { message: 'outOfRange' })),
  workSiteId,
});

export const validationStepFields = z.strictObject({
  accompanimentId: id.optional(),
  candidateId: id.optional(),
  uc: z.string().trim().min(1).max(50).optional(),
  centreName: clearable(text(200)),
  centreRegion: clearable(code(CENTRE_REGION_CODES)),
  registrationDate: clearable(calendarDate),
  testDate: clearable(calendarDate),
  result: clearable(code(EPREUVE_RESULT_CODES)),
  titreDate: clearable(calendarDate),
  /** When the compulsory guidance after a second failure at this UC took place. */
  guidanceDate: clearable(calendarDate),
  workSiteId,
});

/** The longest piece of individual module work one record may hold: a working day of 12 hours. */
export const MAX_MODULE_WORK_MINUTES = 12 * 60;

/**
 * Individual work inside a module (a one-to-one technical practice, an FLE coaching), recorded on
 * the accompaniment; the report counts it as module participation (docs/report-counting.md).
 */
export const moduleWorkFields = z.strictObject({
  accompanimentId: id.optional(),
  candidateId: id.optional(),
  date: calendarDate.optional(),
  module: code(MODULE_CODES).optional(),
  minutes: z
    .number({ message: 'invalidNumber' })
    .int({ message: 'invalidNumber' })
    .min(1, { message: 'outOfRange' })
    .max(MAX_MODULE_WORK_MINUTES, { message: 'outOfRange' })
    .optional(),
  adviserId: id.optional(),
  workSiteId,
  note: clearable(text(2000)),
});

/** Retired: the per-site UC lists, merged into the métier catalogue (docs/metier-catalogue.md). */
export const ucFields = z.strictObject({
  metier: metierCode.optional(),
  code: z.string().trim().min(1, { message: 'required' }).max(20, { message: 'tooLong' }).optional(),
  label: text(300).optional(),
  active: z.boolean().optional(),
});

export const followUpNoteFields = z.strictObject({
  candidateId: id.optional(),
  date: calendarDate.optional(),
  text: text(10000).optional(),
});

/**
 * An attachment (docs/attachments.md): what it belongs to, its kind and bytes' identity; the bytes
 * travel apart. A voice reads a questionnaire text (`clipId` in `language`), for its author only
 * until shared with the site; a photo belongs to a record (`ownerTable`/`ownerId`, e.g. an
 * observation) and names its person (`candidateId`) so that erasure removes it.
 */
export const attachmentFields = z.strictObject({
  kind: code(ATTACHMENT_KINDS).optional(),
  ownerTable: z.string().regex(/^[a-zA-Z]{1,40}$/, { message: 'invalidId' }).optional(),
  ownerId: id.optional(),
  candidateId: clearable(id),
  mediaType: z.string().max(100).refine((value) => kindOfMediaType(value) !== undefined, { message: 'unknownCode' }).optional(),
  size: z.number({ message: 'invalidNumber' }).int({ message: 'invalidNumber' }).min(1, { message: 'outOfRange' }).max(MAX_ATTACHMENT_BYTES, { message: 'outOfRange' }).optional(),
  sha256: z.string().regex(SHA256_HEX, { message: 'invalidId' }).optional(),
  clipId: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,119}$/i, { message: 'invalidId' }).optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, { message: 'unknownCode' }).optional(),
  sharedWithSite: z.boolean().optional(),
  recordedBy: id.optional(),
  createdAt: instant.optional(),
  width: clearable(z.number().int().min(1).max(20000)),
  height: clearable(z.number().int().min(1).max(20000)),
  workSiteId,
});

export const siteFields = z.strictObject({
  name: text(200).optional(),
  kind: code(OUTREACH_SITE_KIND_CODES).optional(),
  communeCode: clearable(code(COMMUNE_CODES)),
  outreachPlaces: z.array(text(200)).max(200).optional(),
  /** The organisation the site belongs to (server/organisations); absent: an organisation of its own. */
  organisationId: id.optional(),
  /** The day the site left the programme (admin CLI `close-site`); its history stays in every report. */
  closedOn: calendarDate.optional(),
});

export const userFields = z.strictObject({
  name: text(200).optional(),
  role: code(ROLE_CODES).optional(),
  siteIds: z.array(id).max(100).optional(),
  active: z.boolean().optional(),
});

export const fieldSchemas = {
  candidates: candidateFields,
  spocActions: spocActionFields,
  accompaniments: accompanimentFields,
  positionings: positioningFields,
  moduleSessions: moduleSessionFields,
  attendance: attendanceFields,
  validationSteps: validationStepFields,
  moduleWork: moduleWorkFields,
  observations: observationFields,
  followUpNotes: followUpNoteFields,
  attachments: attachmentFields,
  ucs: ucFields,
  metiers: metierFields,
  siteMetiers: siteMetierFields,
  sites: siteFields,
  users: userFields,
} satisfies Record<SyncedTable, z.ZodType>;

const requireFields = <T extends z.ZodObject>(schema: T, required: readonly (keyof z.infer<T> & string)[]) =>
  schema.superRefine((value, ctx) => {
    for (const field of required) {
      const present = (value as Record<string, unknown>)[field];
      if (present === undefined || present === null) ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
    }
  });

/**
 * A record typed whole (the intake form, a row of the import): every rule, plausibility included.
 * A new record pushed or written is held to the same rules through `fieldSchemas`, its fields being
 * all set by the change.
 */
export const newRecordSchemas = {
  candidates: candidateFields.superRefine((value, ctx) => {
    if (value.erased) return; // an erased person keeps no name
    if (!value.firstName && !value.lastName) ctx.addIssue({ code: 'custom', path: ['lastName'], message: 'nameRequired' });
  }),
  spocActions: requireFields(spocActionFields, ['date', 'kind']),
  accompaniments: requireFields(accompanimentFields, ['candidateId', 'metier', 'startDate', 'status']).superRefine((value, ctx) => {
    const issue = exitDateIssue(value.startDate, value.exitDate);
    if (issue) ctx.addIssue({ code: 'custom', path: ['exitDate'], message: issue });
  }),
  positionings: requireFields(positioningFields, ['candidateId', 'questionnaireId', 'questionnaireVersion']),
  moduleSessions: requireFields(moduleSessionFields, ['module', 'date']),
  attendance: requireFields(attendanceFields, ['sessionId', 'candidateId', 'status']),
  validationSteps: requireFields(validationStepFields, ['candidateId', 'uc']),
  moduleWork: requireFields(moduleWorkFields, ['accompanimentId', 'candidateId', 'date', 'module', 'minutes', 'adviserId']),
  observations: observationRecordSchema,
  followUpNotes: requireFields(followUpNoteFields, ['candidateId', 'date', 'text']),
  attachments: requireFields(attachmentFields, ['kind', 'ownerTable', 'ownerId', 'mediaType', 'size', 'sha256']).superRefine((value, ctx) => {
    if (value.mediaType && value.kind && kindOfMediaType(value.mediaType) !== value.kind) ctx.addIssue({ code: 'custom', path: ['mediaType'], message: 'unknownCode' });
    if (value.size && value.kind && value.size > maxBytesOf(value.kind)) ctx.addIssue({ code: 'custom', path: ['size'], message: 'outOfRange' });
    if (value.kind === 'voice' && (!value.clipId || !value.language)) ctx.addIssue({ code: 'custom', path: ['clipId'], message: 'required' });
  }),
  ucs: requireFields(ucFields, ['metier', 'code', 'label']),
  metiers: metierRecordSchema,
  siteMetiers: siteMetierRecordSchema,
  sites: requireFields(siteFields, ['name', 'kind']),
  users: requireFields(userFields, ['name', 'role', 'siteIds']),
} satisfies Record<SyncedTable, z.ZodType>;

/**
 * A stored record's rules for its whole data after a change is merged (the tablet's writes,
 * src/db/records.ts, and the server's push): every rule but the one-field plausibility rules
 * (FIELD_PLAUSIBILITY_ISSUES), which `fieldSchemas` applies to the fields the change sets. So an old
 * record that breaks a newer rule never blocks an unrelated edit (docs/plausibility.md).
 */
export const recordSchemas = Object.fromEntries(
  Object.entries(newRecordSchemas).map(([table, schema]) => [table, withoutFieldPlausibility(schema)]),
) as { [T in keyof typeof newRecordSchemas]: z.ZodType<z.output<(typeof newRecordSchemas)[T]>> };

function withoutFieldPlausibility<T extends z.ZodType>(schema: T): z.ZodType<z.output<T>> {
  return z.unknown().transform((value, ctx) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as z.output<T>;
    const kept = parsed.error.issues.filter((issue) => !FIELD_PLAUSIBILITY_ISSUES.has(issue.message));
    if (kept.length === 0) return value as z.output<T>;
    for (const issue of kept) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  });
}

export type CandidateData = z.infer<typeof candidateFields>;
export type SpocActionData = z.infer<typeof spocActionFields>;
export type AccompanimentData = z.infer<typeof accompanimentFields>;
export type PositioningData = z.infer<typeof positioningFields>;
export type ModuleSessionData = z.infer<typeof moduleSessionFields>;
export type AttendanceData = z.infer<typeof attendanceFields>;
export type ValidationStepData = z.infer<typeof validationStepFields>;
export type ModuleWorkData = z.infer<typeof moduleWorkFields>;
export type FollowUpNoteData = z.infer<typeof followUpNoteFields>;
export type UcData = z.infer<typeof ucFields>;
export type AttachmentData = z.infer<typeof attachmentFields>;
export type SiteData = z.infer<typeof siteFields>;
export type UserData = z.infer<typeof userFields>;
export type { MetierData, ObservationData, SiteMetierData };

export interface TableData {
  candidates: CandidateData;
  spocActions: SpocActionData;
  accompaniments: AccompanimentData;
  positionings: PositioningData;
  moduleSessions: ModuleSessionData;
  attendance: AttendanceData;
  validationSteps: ValidationStepData;
  moduleWork: ModuleWorkData;
  observations: ObservationData;
  followUpNotes: FollowUpNoteData;
  attachments: AttachmentData;
  ucs: UcData;
  metiers: MetierData;
  siteMetiers: SiteMetierData;
  sites: SiteData;
  users: UserData;
}

/** What an erased candidate keeps (docs/sync-protocol.md, "Erasure"): the codes reports count by. */
export const CANDIDATE_FIELDS_KEPT_ON_ERASURE = candidateFieldsWhere((spec) => spec.data === 'counted') as readonly (keyof CandidateData)[];
