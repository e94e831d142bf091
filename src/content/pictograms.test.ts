import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import registry from './pictograms.json';
import { PICTOGRAM_IDS, PICTOGRAM_SOURCE, hasPictogram, pictogram, pictogramDataUrl, pictogramSvg } from './pictograms';
import { CANDIDATE_CHROME } from './candidate-chrome';
import { QUESTIONNAIRES } from './questionnaires';

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
  return used;
}

describe('pictograms', () => {
  it('has every pictogram the questionnaires use, with its picture and meaning', () => {
    const used = [...pictogramsUsed()].sort();
    expect(used.length).toBeGreaterThan(50);
    for (const id of used) {
      expect(hasPictogram(id), id).toBe(true);
      expect(pictogram(id)?.meaning.trim(), id).not.toBe('');
      expect(pictogram(id)?.body, id).toMatch(/<path/);
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

  it('makes a standalone SVG and a data URL', () => {
    expect(pictogramSvg('pharmacy')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32">.*<\/svg>$/s);
    expect(pictogramDataUrl('pharmacy')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(pictogram('unicorn')).toBeUndefined();
    expect(hasPictogram('toString')).toBe(false);
  });

  it('generated file is up to date with pictograms.json', () => {
    const run = spawnSync(process.execPath, ['scripts/content/pictograms.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
