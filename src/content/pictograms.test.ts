import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import registry from './pictograms.json';
import { PICTOGRAM_IDS, PICTOGRAM_SOURCE, hasPictogram, pictogram } from './pictograms';
import { pictogramUrl } from './pictogram-urls';
import { CANDIDATE_MARKS } from '../features/positioning/candidate-marks';
import { CANDIDATE_CHROME } from './candidate-chrome';
import { QUESTIONNAIRES, currentQuestionnaire } from './questionnaires';
import { SITTING_CONSENT } from './sitting-consent';

function pictogramsUsed(): Set<string> {
  const used = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'pictogram' && typeof value === 'string') used.add(value);
        else walk(value);
      }
    }
  };
  QUESTIONNAIRES.forEach(walk);
  walk(CANDIDATE_CHROME);
  walk(SITTING_CONSENT);
  walk(CANDIDATE_MARKS);
  return used;
}

function svgFile(id: string): string {
  return readFileSync(new URL(`./pictograms/${pictogram(id)?.icon ?? 'unknown'}.svg`, import.meta.url), 'utf8');
}

describe('pictograms', () => {
  it('has every pictogram the questionnaires use, with its picture and meaning', () => {
    const used = [...pictogramsUsed()].sort();
    expect(used.length).toBeGreaterThan(50);
    for (const id of used) {
      expect(hasPictogram(id), id).toBe(true);
      expect(pictogram(id)?.meaning.trim(), id).not.toBe('');
      expect(svgFile(id), id).toMatch(/<path/);
      expect(pictogramUrl(id), id).toMatch(/\.svg$/);
    }
  });

  it('bundles no pictogram the questionnaires do not use', () => {
    const used = pictogramsUsed();
    expect(PICTOGRAM_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  it('comes from an MIT-licensed set', () => {
    expect(PICTOGRAM_SOURCE.licence).toBe('MIT');
    expect(registry.source).toBe(PICTOGRAM_SOURCE.package);
  });

  it('is a standalone SVG file with its own size, loaded by URL and never as a data: URL', () => {
    expect(svgFile('pharmacy')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32" width="32" height="32">.*<\/svg>\n$/s);
    expect(pictogramUrl('pharmacy')).toMatch(/pill\.svg$/);
    expect(pictogramUrl('pharmacy')).not.toMatch(/^data:/);
    expect(pictogram('unicorn')).toBeUndefined();
    expect(pictogramUrl('unicorn')).toBeUndefined();
    expect(hasPictogram('toString')).toBe(false);
  });

  it('generated files are up to date with pictograms.json', () => {
    const run = spawnSync(process.execPath, ['scripts/content/pictograms.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('one picture means one thing: no two pictogram ids draw the same icon', () => {
    const byIcon = new Map<string, string[]>();
    for (const [id, entry] of Object.entries(registry.pictograms)) byIcon.set(entry.icon, [...(byIcon.get(entry.icon) ?? []), id]);
    expect([...byIcon].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('one pictogram means one thing in the current content: an answer\'s picture is never a question\'s or a duration\'s', () => {
    const q = currentQuestionnaire();
    const answerPictograms = new Set([...q.answerSets.scale, q.answerSets.yes, q.answerSets.no, q.answerSets.dontKnow].map((choice) => choice.pictogram));
    const nonAnswers = [
      ...q.domains.map((domain) => domain.pictogram),
      ...q.domains.flatMap((domain) => domain.items.map((item) => item.pictogram)),
      ...[...q.rules, ...(q.orientations ?? [])].map((rule) => rule.pictogram),
      ...Object.values(CANDIDATE_CHROME).map((text) => text.pictogram),
      ...SITTING_CONSENT.map((line) => line.pictogram),
    ];
    expect(nonAnswers.filter((id) => answerPictograms.has(id))).toEqual([]);
    const years = q.domains.flatMap((domain) => domain.items).find((item) => item.id === 'exp-years');
    const durations = years && 'choices' in years ? years.choices.map((choice) => choice.pictogram) : [];
    expect(durations).toHaveLength(3);
    expect(durations.filter((id) => answerPictograms.has(id))).toEqual([]);
    // The pictures the issue found misleading now mean what they show.
    expect(pictogram('not-yet')?.icon).toBe('seedling');
    expect([pictogram('plan')?.icon, pictogram('hedge')?.icon, pictogram('hair-colour')?.icon]).toEqual(['world-map', 'potted-plant', 'person-red-hair']);
    expect(pictogram('give-back')?.icon).not.toBe(pictogram('teamwork')?.icon);
  });
});
