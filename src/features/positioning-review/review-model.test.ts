// The bridge to the questionnaire's scoring, table-driven: what the adviser rates, both sides' scores.
import { describe, expect, it } from 'vitest';
import type { AdviserLevel } from '../../domain/positioning/adviser-ratings';
import { adviserScores, candidateScores, sittingOf } from './review-model';
import { completedSitting, sittingAnswers } from './test-support';

const sitting = () => {
  const found = sittingOf(completedSitting(sittingAnswers(), '2026-11-20T10:00:00.000Z'));
  if (!found) throw new Error('unreadable sitting');
  return found;
};

describe('sittingOf', () => {
  it('offers the self-assessed skills the candidate saw to rate; practice items as results; the rest as told', () => {
    const found = sitting();
    const ids = found.rateable.map((screen) => screen.item.id);
    expect(ids).toContain('home-sweep');
    expect(ids).toContain('dig-message');
    expect(ids).not.toContain('math-change');
    expect(ids).not.toContain('test-stress');
    expect(ids).not.toContain('test-jury');
    expect(ids).not.toContain('project-why');
    expect(ids).not.toContain('con-childcare');
    expect(ids).not.toContain('hair-cut');
    expect(found.results.map((screen) => screen.item.id)).toEqual(expect.arrayContaining(['math-change', 'fr-read-message', 'dig-photo']));
    expect(found.told.map((screen) => screen.item.id)).toEqual(expect.arrayContaining(['project-why', 'exp-done', 'test-stress', 'test-jury', 'con-childcare']));
  });

  it('reads the métier and second language from real fields first, else from the answers', () => {
    const data = completedSitting(sittingAnswers(), '2026-11-20T10:00:00.000Z');
    expect(sittingOf(data)?.metier).toBe('aide-menager');
    expect(sittingOf({ ...data, metier: 'coiffeur', secondLanguage: 'ar' } as typeof data)).toMatchObject({ metier: 'coiffeur', secondLanguage: 'ar' });
  });

  it('is undefined for an unknown questionnaire', () => {
    expect(sittingOf({ candidateId: 'c-1', questionnaireId: 'autre', questionnaireVersion: 9 })).toBeUndefined();
  });
});

describe('adviserScores (the questionnaire’s own scoring)', () => {
  const home = ['home-sweep', 'home-mop', 'home-bathroom', 'home-windows', 'home-laundry'];
  it.each<[string, AdviserLevel[], number | null]>([
    ['nothing rated', [], null],
    ['all acquired', ['acquired', 'acquired', 'acquired', 'acquired', 'acquired'], 100],
    ['mixed', ['not-yet', 'acquired', 'partial', 'acquired', 'acquired'], 70],
    ['not observed counts nothing', ['not-yet', 'acquired', 'partial', 'acquired', 'not-observed'], 63],
    ['everything not observed', ['not-observed', 'not-observed', 'not-observed', 'not-observed', 'not-observed'], null],
  ])('%s', (_name, levels, expected) => {
    const items = Object.fromEntries(levels.map((level, index) => [home[index] as string, level]));
    expect(adviserScores(sitting(), { items, comments: {} })['experience-metier']).toBe(expected);
  });

  it('scores the candidate from the answers', () => {
    expect(candidateScores(sitting())).toMatchObject({ 'experience-metier': 80, french: 0, maths: 100, 'project-motivation': null });
  });
});
