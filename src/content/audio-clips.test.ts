import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PATH, checkClips, clipUrl, describeProblems, expectedClips, type AudioManifest } from './audio-manifest';
import { chromeSpokenTexts } from './candidate-chrome';
import { QUESTIONNAIRES } from './questionnaires';
import { consentSpokenTexts } from './sitting-consent';

const audioDir = path.resolve('public/audio');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const manifest = JSON.parse(readFileSync(path.resolve(MANIFEST_PATH), 'utf8')) as AudioManifest;
const fileExists = (file: string) => existsSync(path.join(audioDir, file));
const expected = expectedClips(QUESTIONNAIRES, [...chromeSpokenTexts(), ...consentSpokenTexts()]);

describe('audio clips', () => {
  it('has an up-to-date clip for every text in every language (node scripts/audio/generate.mjs)', () => {
    const problems = checkClips(expected, manifest, sha256, fileExists);
    expect(describeProblems(problems)).toBe('');
  });

  it('covers the three languages, French stimuli in French only', () => {
    const count = (lang: string) => expected.filter((clip) => clip.lang === lang).length;
    expect(count('fr')).toBeGreaterThan(100);
    const stimuli = expected.filter((clip) => clip.clipId.endsWith('.stimulus'));
    expect(stimuli.every((clip) => clip.lang === 'fr')).toBe(true);
    expect(stimuli.map((clip) => clip.key)).toEqual([
      'fr/fr-listen-bus.stimulus',
      'fr/fr-listen-call-boss.stimulus',
      'fr/fr-listen-pharmacy.stimulus',
      'fr/fr-listen-sponge.stimulus',
      'fr/fr-listen-start-time.stimulus',
    ]);
    // Every other French clip has its English and Arabic counterpart (a text changed in one
    // language only has a new clip id in that language, so the counts may differ upwards).
    expect(count('en')).toBeGreaterThanOrEqual(count('fr') - stimuli.length);
    expect(count('ar')).toBeGreaterThanOrEqual(count('fr') - stimuli.length);
    expect(clipUrl('ar', 'answer.yes')).toBe('/audio/ar/answer.yes.mp3');
  });

  it('keeps every clip small (under 100 KB)', () => {
    for (const clip of expected) {
      const size = readFileSync(path.join(audioDir, clip.file)).byteLength;
      expect(size, clip.key).toBeGreaterThan(2000);
      expect(size, clip.key).toBeLessThan(100_000);
    }
  });

  const [first, second] = expected;
  it.each<[string, (m: Record<string, { file: string; sha256: string }>) => void, string]>([
    ['a missing clip', (m) => { delete m[first!.key]; }, 'missing'],
    ['a changed text', (m) => { m[first!.key] = { ...m[first!.key]!, sha256: sha256('autre texte') }; }, 'stale'],
    ['a missing file', (m) => { m[first!.key] = { ...m[first!.key]!, file: 'fr/nope.mp3' }; }, 'stale'],
    ['a clip nobody uses', (m) => { m['fr/old'] = { file: 'fr/old.mp3', sha256: 'x' }; }, 'unused'],
  ])('reports %s', (_name, change, problem) => {
    const clips = structuredClone(manifest.clips) as Record<string, { file: string; sha256: string }>;
    change(clips);
    const problems = checkClips(expected, { version: 1, clips }, sha256, fileExists);
    expect(problems.map((p) => p.problem)).toEqual([problem]);
    expect(second).toBeDefined();
  });

  it('reports a clip whose file was deleted', () => {
    const problems = checkClips(expected, manifest, sha256, (file) => file !== first?.file);
    expect(problems).toEqual([{ key: first?.key, problem: 'file-missing', text: first?.text }]);
  });

  it('the script --check agrees without espeak-ng', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['scripts/audio/generate.mjs', '--check'], { encoding: 'utf8', env: { ...process.env, PATH: path.dirname(process.execPath) } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/clips up to date/);
    expect(run.status).toBe(0);
  });
});
