// A row's `ver` tells a writer that prepared a row outside its transaction whether the row
// changed meanwhile: writers compare it for equality only (records.ts, batched-writes.ts,
// pull-erasure.ts). A local write stores the ver it read plus one. A pulled row takes a fresh
// random ver instead, so storing a pull never has to read the rows it replaces: reading 500 rows
// to add one to their ver cost a pull-back page as much as writing them (docs/sync-protocol.md,
// "A pulled row's ver").
import { pooledRandomBytes } from './crypto';

/** Below 2^52, so the `+ 1` of later local writes stays a safe integer. */
const VER_HIGH_BITS = 0xfffff;

/**
 * A ver no writer can have read, but with odds of 2^-52: 52 random bits. A writer is fooled only
 * if the fresh ver equals the one it read, in the moment between its read and its transaction.
 */
export function freshRowVer(): number {
  // From the pool the IVs come from: one generator call per pulled row would cost what drawing
  // IVs 256 at a time saved.
  const [high = 0, low = 0] = new Uint32Array(pooledRandomBytes(8).buffer);
  return (high & VER_HIGH_BITS) * 2 ** 32 + low;
}
