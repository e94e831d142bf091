// Offline audio clips of the questionnaires: every spoken text in every language, synthesised with
// espeak-ng and encoded to MP3 with lame into public/audio/<lang>/<clipId>.mp3, listed in
// public/audio/manifest.json with the sha256 of the text and the voice settings. The clips are
// committed, so `npm start` needs neither tool.
//   node scripts/audio/generate.mjs          make missing or stale clips, delete unused ones
//   node scripts/audio/generate.mjs --check  exit 1 listing missing/stale clips (no espeak-ng needed)
//   node scripts/audio/generate.mjs --force  remake every clip
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const audioDir = path.join(root, 'public/audio');
const manifestFile = path.join(audioDir, 'manifest.json');
const questionnaireDir = path.join(root, 'src/content/questionnaires');

const { loadQuestionnaire } = await tsImport('../../src/content/load.ts', import.meta.url);
const { expectedClips, checkClips, describeProblems, VOICES, ENCODING } = await tsImport('../../src/content/audio-manifest.ts', import.meta.url);
const { chromeSpokenTexts } = await tsImport('../../src/content/candidate-chrome.ts', import.meta.url);
const { consentSpokenTexts } = await tsImport('../../src/content/sitting-consent.ts', import.meta.url);

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const questionnaires = readdirSync(questionnaireDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => loadQuestionnaire(JSON.parse(readFileSync(path.join(questionnaireDir, name), 'utf8'))));
// Spoken texts besides the questionnaires: the words around the questions in candidate mode and
// the consent read at the start of a sitting.
const otherTexts = [...chromeSpokenTexts(), ...consentSpokenTexts()];
const expected = expectedClips(questionnaires, otherTexts);
const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : { version: 1, clips: {} };
const fileExists = (file) => existsSync(path.join(audioDir, file));

if (process.argv.includes('--check')) {
  const problems = checkClips(expected, manifest, sha256, fileExists);
  if (problems.length > 0) {
    console.error(`audio: ${problems.length} clip(s) to (re)generate with node scripts/audio/generate.mjs:\n${describeProblems(problems)}`);
    process.exit(1);
  }
  console.log(`audio: ${expected.length} clips up to date`);
  process.exit(0);
}

const force = process.argv.includes('--force');
const work = mkdtempSync(path.join(tmpdir(), 'vdc-audio-'));
const clips = {};
let made = 0;
try {
  for (const clip of expected) {
    const hash = sha256(clip.source);
    const old = manifest.clips[clip.key];
    const out = path.join(audioDir, clip.file);
    if (!force && old && old.sha256 === hash && old.file === clip.file && existsSync(out)) {
      clips[clip.key] = old;
      continue;
    }
    const voice = VOICES[clip.lang];
    const wav = path.join(work, 'clip.wav');
    execFileSync('espeak-ng', ['-v', voice.voice, '-s', String(voice.wordsPerMinute), '-p', String(voice.pitch), '-w', wav, '--', clip.text]);
    mkdirSync(path.dirname(out), { recursive: true });
    execFileSync('lame', ['--quiet', '-m', 'm', '-b', String(ENCODING.bitrateKbps), '--resample', String(ENCODING.sampleRateKhz), '--noreplaygain', '-t', wav, out]);
    clips[clip.key] = { file: clip.file, sha256: hash };
    made += 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Remove clips no content uses any more.
const keep = new Set(Object.values(clips).map((entry) => entry.file));
let removed = 0;
let bytes = 0;
for (const lang of readdirSync(audioDir)) {
  const dir = path.join(audioDir, lang);
  // public/audio/app/ holds the app's own clips (the intake consent), with their own manifest.
  if (lang === 'app' || !statSync(dir).isDirectory()) continue;
  for (const name of readdirSync(dir)) {
    const file = `${lang}/${name}`;
    if (!keep.has(file)) {
      rmSync(path.join(dir, name));
      removed += 1;
    } else bytes += statSync(path.join(dir, name)).size;
  }
}
writeFileSync(manifestFile, `${JSON.stringify({ version: 1, clips }, null, 2)}\n`);
console.log(`audio: ${expected.length} clips (${made} made, ${removed} removed), ${(bytes / 1024 / 1024).toFixed(2)} MB`);
