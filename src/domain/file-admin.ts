// A coordinator's acts on a candidate's file, online, shared by the server and the tablet
// (docs/sync-protocol.md, "Transfers and record_moves" and "Merges, redirect and merged"):
//   POST /api/candidates/:id/transfer {siteId, handoverNote?, personAgreed?}  → 200 {ok, rev, moved}
//        the file moves to another site (docs/transfers.md)
//   POST /api/candidates/:id/merge    {intoId}  → 200 {ok, rev, repointed} :id is merged into intoId
// Refusals: 400 bad_request (body), 403 forbidden (adviser, or a site the coordinator does not hold,
// on either side), 404 not_found (unknown file), 409 with one of FILE_ADMIN_REFUSALS (in words in
// `message`).
import { z } from 'zod';
import { API_PATHS, pathWithId } from './api-paths';

export const transferPath = (candidateId: string) => pathWithId(API_PATHS.transfer, candidateId);
export const mergePath = (candidateId: string) => pathWithId(API_PATHS.merge, candidateId);

const recordId = z.string().trim().min(1, { message: 'invalidId' }).max(64, { message: 'invalidId' });

/** The longest handover note: as long as a follow-up note. */
export const MAX_HANDOVER_NOTE = 10000;

/**
 * A handover note goes to the new site only when the person agreed to it (docs/transfers.md):
 * `personAgreed: true` is required beside a note, and a note that is only spaces is no note.
 */
export const transferBodySchema = z
  .strictObject({
    siteId: recordId,
    handoverNote: z.string().trim().max(MAX_HANDOVER_NOTE, { message: 'tooLong' }).optional(),
    personAgreed: z.boolean({ message: 'invalidValue' }).optional(),
  })
  .superRefine((body, context) => {
    if (body.handoverNote && body.personAgreed !== true) context.addIssue({ code: 'custom', path: ['personAgreed'], message: 'handoverNeedsAgreement' });
  });
export type TransferBody = z.input<typeof transferBodySchema>;

export const mergeBodySchema = z.strictObject({ intoId: recordId });
export type MergeBody = z.infer<typeof mergeBodySchema>;

export const transferAnswerSchema = z.object({ ok: z.literal(true), rev: z.number().int(), moved: z.number().int() });
export type TransferAnswer = z.infer<typeof transferAnswerSchema>;

export const mergeAnswerSchema = z.object({ ok: z.literal(true), rev: z.number().int(), repointed: z.number().int() });
export type MergeAnswer = z.infer<typeof mergeAnswerSchema>;

/** 409 answers, with the words the server sends beside each code. */
export const FILE_ADMIN_REFUSALS = {
  same_site: 'The file is already on this site.',
  same_file: 'A file cannot be merged into itself.',
  erased: 'This file was erased: it cannot be transferred or merged.',
  into_erased: 'The file to keep was erased: choose another one.',
  merged: 'This file was already merged into another one: use the file it was merged into.',
  into_merged: 'The file to keep was itself merged into another one: choose that one.',
} as const;
export type FileAdminRefusal = keyof typeof FILE_ADMIN_REFUSALS;

/** Coordinators (for the sites of their account) and administrators transfer and merge files. */
export function canAdministerFiles(role: string): boolean {
  return role === 'coordinator' || role === 'admin';
}

/**
 * The tables whose records follow a person to another site: the pathway itself, which the new site
 * needs to go on (each record keeps its `workSiteId`, so its figures stay with the site that did
 * the work). SPOC actions and attendance stay where they happened (the site's activity), and
 * follow-up notes stay with the author's site (they are visible only there: moving them would
 * show them to another site), read-only once the person has left.
 */
export const TABLES_FOLLOWING_A_TRANSFER = ['accompaniments', 'positionings', 'validationSteps', 'moduleWork', 'observations'] as const;

/** The exit reason of the accompaniment a transfer closes at the old site. */
export const TRANSFER_EXIT_REASON = 'transfert';
