import type { LocalRecord } from '../../sync/workspace';

export type CandidateRecord = LocalRecord<'candidates'>;
