// Candidate search and duplicate-check timings: `npx tsx scripts/bench/matching.bench.ts`.
// Builds 10,000 and 50,000 fictional candidates (src/domain/matching/bench.ts), the in-memory
// index, then times 200 searches (1–4 letter name prefixes, phone digits, a postal code) and 200
// duplicate checks. Target: a search within one frame (16 ms) at 50,000.
import { benchMatching } from '../../src/domain/matching/bench';

benchMatching(); // warm-up (JIT)
console.table(benchMatching());
