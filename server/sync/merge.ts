// The field-level merge lives in src/domain/sync-merge.ts, shared with the engine's test double.
export { planMerge, type MergePlan } from '../../src/domain/sync-merge';
