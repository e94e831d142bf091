// A coordinator's acts on a candidate's file, online, shared by the server and the tablet
// (docs/sync-protocol.md, "Transfers and record_moves" and "Merges, redirect and merged"):
//   POST /api/candidates/:id/transfer {siteId}  → 200 {ok, rev, moved}  the file moves to another site
//   POST /api/candidates/:id/merge    {intoId}  → 200 {ok, rev, repointed} :id is merged into intoId
// Refusals: 400 bad_request (body), 403 forbidden (adviser, or a site the coordinator does not hold,
// on either side), 404 not_found (unknown file), 409 with one of FILE_ADMIN_REFUSALS (in words in
// `message`).
import { z } from 'zod';

export const transferPath = (candidateId: string) => `/api/candidates/${encodeURIComponent(candidateId)}/transfer`;
export const mergePath = (candidateId: string) => `/api/candidates/${encodeURIComponent(candidateId)}/merge`;

const recordId = z.string().trim().min(1, { message: 'invalidId' }).max(64, { message: 'invalidId' });

export const transferBodySchema = z.strictObject({ siteId: recordId });
export type TransferBody = z.infer<typeof transferBodySchema>;

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
 * The tables whose records follow a person to another site: the pathway itself. SPOC actions and
 * attendance stay where they happened (the site's activity), and follow-up notes stay with the
 * author's site (they are visible only there: moving them would show them to another site).
 */
export const TABLES_FOLLOWING_A_TRANSFER = ['accompaniments', 'positionings', 'validationSteps'] as const;
