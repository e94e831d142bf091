// The server's half of the rule of who changes or removes a recorded voice (mayChangeVoice,
// src/domain/attachments.ts): any push that would delete or change a voice record is refused
// `forbidden` for anyone else, e.g. another adviser of the site removing or un-sharing it. A
// coordinator of another organisation never reaches this: the site is not theirs (`forbidden_site`).
import { mayChangeVoice } from '../../src/domain/attachments';
import type { Mutation, SessionUser } from '../../src/domain/wire';
import type { StoredRecord } from '../db/records';

export function voiceRefusal(user: SessionUser, mutation: Mutation, existing: StoredRecord | undefined): 'forbidden' | undefined {
  if (mutation.table !== 'attachments' || !existing || existing.data.kind !== 'voice') return undefined;
  const recordedBy = typeof existing.data.recordedBy === 'string' ? existing.data.recordedBy : undefined;
  // An administrator's account may list no site: mayChangeVoice lets the role through first.
  return mayChangeVoice(user, { siteId: existing.siteId, recordedBy }) ? undefined : 'forbidden';
}
