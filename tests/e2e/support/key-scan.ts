// Tries every 32-byte window of every file under a directory as an AES-256-GCM key against known
// stored ciphertexts, as an attacker with a copy of the profile would (docs/key-handling.md).
// Per window: the AES key schedule and one block of the GCM keystream (a T-table AES written here:
// creating a Node cipher per window costs ~15 µs, this ~1 µs), kept only when the first two
// plaintext bytes would be `{"` or `{}` (the app encrypts JSON objects); such a window is then
// confirmed by decrypting the whole payload (CTR, as GCM does) and parsing it as JSON.
import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesUnder } from './disk-scan';

export interface KnownCiphertext {
  label: string;
  iv: Uint8Array;
  /** Ciphertext with its 16-byte tag at the end, as WebCrypto returns it. */
  ct: Uint8Array;
}

export interface KeyHit {
  label: string;
  file: string;
  offset: number;
  plaintext: string;
}

const SBOX = new Uint8Array(256);
const T0 = new Uint32Array(256);
const T1 = new Uint32Array(256);
const T2 = new Uint32Array(256);
const T3 = new Uint32Array(256);
{
  const mul2 = (x: number) => ((x << 1) ^ (x & 0x80 ? 0x1b : 0)) & 0xff;
  // Powers of 3 give every non-zero element; the inverse of 3^i is 3^(255-i).
  const pow = new Uint8Array(256);
  const log = new Uint8Array(256);
  for (let i = 0, x = 1; i < 255; i += 1) {
    pow[i] = x;
    log[x] = i;
    x = (x ^ mul2(x)) & 0xff;
  }
  for (let x = 0; x < 256; x += 1) {
    const inv = x === 0 ? 0 : pow[(255 - log[x]!) % 255]!;
    let s = inv;
    for (let r = 1; r <= 4; r += 1) s ^= ((inv << r) | (inv >>> (8 - r))) & 0xff;
    SBOX[x] = s ^ 0x63;
  }
  for (let x = 0; x < 256; x += 1) {
    const s = SBOX[x]!;
    const s2 = mul2(s);
    const s3 = s2 ^ s;
    const word = ((s2 << 24) | (s << 16) | (s << 8) | s3) >>> 0;
    T0[x] = word;
    T1[x] = ((word >>> 8) | (word << 24)) >>> 0;
    T2[x] = ((word >>> 16) | (word << 16)) >>> 0;
    T3[x] = ((word >>> 24) | (word << 8)) >>> 0;
  }
}

const RCON = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40];
const w = new Uint32Array(60);

function expandKey(bytes: Uint8Array, at: number): void {
  for (let i = 0; i < 8; i += 1) w[i] = ((bytes[at + 4 * i]! << 24) | (bytes[at + 4 * i + 1]! << 16) | (bytes[at + 4 * i + 2]! << 8) | bytes[at + 4 * i + 3]!) >>> 0;
  for (let i = 8; i < 60; i += 1) {
    let t = w[i - 1]!;
    if (i % 8 === 0) {
      t = ((SBOX[(t >>> 16) & 255]! << 24) | (SBOX[(t >>> 8) & 255]! << 16) | (SBOX[t & 255]! << 8) | SBOX[t >>> 24]!) ^ (RCON[i / 8 - 1]! << 24);
    } else if (i % 8 === 4) {
      t = (SBOX[t >>> 24]! << 24) | (SBOX[(t >>> 16) & 255]! << 16) | (SBOX[(t >>> 8) & 255]! << 8) | SBOX[t & 255]!;
    }
    w[i] = (w[i - 8]! ^ t) >>> 0;
  }
}

/** The first 4 bytes of AES-256(expanded key, block) as a big-endian word. */
function firstWord(b0: number, b1: number, b2: number, b3: number): number {
  let s0 = b0 ^ w[0]!;
  let s1 = b1 ^ w[1]!;
  let s2 = b2 ^ w[2]!;
  let s3 = b3 ^ w[3]!;
  for (let r = 1; r < 14; r += 1) {
    const k = 4 * r;
    const t0 = T0[s0 >>> 24]! ^ T1[(s1 >>> 16) & 255]! ^ T2[(s2 >>> 8) & 255]! ^ T3[s3 & 255]! ^ w[k]!;
    const t1 = T0[s1 >>> 24]! ^ T1[(s2 >>> 16) & 255]! ^ T2[(s3 >>> 8) & 255]! ^ T3[s0 & 255]! ^ w[k + 1]!;
    const t2 = T0[s2 >>> 24]! ^ T1[(s3 >>> 16) & 255]! ^ T2[(s0 >>> 8) & 255]! ^ T3[s1 & 255]! ^ w[k + 2]!;
    const t3 = T0[s3 >>> 24]! ^ T1[(s0 >>> 16) & 255]! ^ T2[(s1 >>> 8) & 255]! ^ T3[s2 & 255]! ^ w[k + 3]!;
    s0 = t0;
    s1 = t1;
    s2 = t2;
    s3 = t3;
  }
  return (((SBOX[s0 >>> 24]! << 24) | (SBOX[(s1 >>> 16) & 255]! << 16) | (SBOX[(s2 >>> 8) & 255]! << 8) | SBOX[s3 & 255]!) ^ w[56]!) >>> 0;
}

/** AES-256 of one block with a given key, for the self-check against Node's implementation. */
export function firstFourBytesOfAes(key: Uint8Array, block: Uint8Array): number {
  expandKey(key, 0);
  const word = (i: number) => ((block[i]! << 24) | (block[i + 1]! << 16) | (block[i + 2]! << 8) | block[i + 3]!) >>> 0;
  return firstWord(word(0), word(4), word(8), word(12));
}

function counterBlock(iv: Uint8Array, counter: number): Buffer {
  const block = Buffer.alloc(16);
  Buffer.from(iv).copy(block, 0, 0, 12);
  block.writeUInt32BE(counter, 12);
  return block;
}

function decryptsAsJson(key: Uint8Array, known: KnownCiphertext): string | undefined {
  const decipher = createDecipheriv('aes-256-ctr', key, counterBlock(known.iv, 2));
  const plain = Buffer.concat([decipher.update(known.ct.subarray(0, known.ct.length - 16)), decipher.final()]).toString('utf8');
  try {
    JSON.parse(plain);
    return plain;
  } catch {
    return undefined;
  }
}

export function scanForKeys(dir: string, known: KnownCiphertext[]): { files: number; bytes: number; hits: KeyHit[] } {
  // Per known row: the first keystream block's input, and the plaintext's first two bytes the filter wants.
  const rows = known.map((row) => {
    const block = counterBlock(row.iv, 2);
    return { row, words: [0, 4, 8, 12].map((i) => block.readUInt32BE(i)) as [number, number, number, number], c0: row.ct[0]!, c1: row.ct[1]! };
  });
  const hits: KeyHit[] = [];
  let bytes = 0;
  const paths = filesUnder(dir);
  for (const path of paths) {
    const content = readFileSync(path);
    bytes += content.length;
    for (let offset = 0; offset + 32 <= content.length; offset += 1) {
      expandKey(content, offset);
      for (const { row, words, c0, c1 } of rows) {
        const stream = firstWord(words[0], words[1], words[2], words[3]);
        if ((c0 ^ (stream >>> 24)) !== 0x7b) continue; // '{'
        const second = c1 ^ ((stream >>> 16) & 255);
        if (second !== 0x22 && second !== 0x7d) continue; // '"' or '}'
        const key = content.subarray(offset, offset + 32);
        const plaintext = decryptsAsJson(key, row);
        if (plaintext !== undefined) hits.push({ label: row.label, file: relative(dir, path), offset, plaintext: plaintext.slice(0, 60) });
      }
    }
  }
  return { files: paths.length, bytes, hits };
}
