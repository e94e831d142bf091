// The server's half of the rule of who changes or removes a recorded voice (mayChangeVoice,
// src/domain/attachments.ts): any push that would delete or change a voice record is refused
// `forbidden` for anyone else, e.g. another adviser of the site removing or un-sharing it. A
// coordinator of another organisation never reaches this: the site is not theirs (`forbidden_site`).
// A voice written in another's name (`recordedBy`) needs the same right: otherwise an adviser could
// share a recording as her colleague's, which that colleague would then answer for.
import { mayChangeVoice } from '../../src/domain/attachments';
import type { Mutation, SessionUser } from '../../src/domain/wire';
import type { StoredRecord } from '../db/records';

export function voiceRefusal(user: SessionUser, mutation: Mutation, existing: StoredRecord | undefined): 'forbidden' | undefined {
  if (mutation.table !== 'attachments') return undefined;
  const named = mutation.op === 'put' ? mutation.fields?.recordedBy : undefined;
  const isVoice = existing ? existing.data.kind === 'voice' : mutation.fields?.kind === 'voice';
  if (!isVoice) return undefined;
  const siteId = existing?.siteId ?? mutation.siteId;
  // An administrator's account may list no site: mayChangeVoice lets the role through first.
  if (existing) {
    const recordedBy = typeof existing.data.recordedBy === 'string' ? existing.data.recordedBy : undefined;
    if (!mayChangeVoice(user, { siteId, recordedBy })) return 'forbidden';
  }
  if (typeof named === 'string' && named !== existing?.data.recordedBy && !mayChangeVoice(user, { siteId, recordedBy: named })) return 'forbidden';
  return undefined;
}
