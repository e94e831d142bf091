// Level and gap names shared by the rating form and the comparison (i18n keys, and the signs
// that say a difference without colour).
import type { AdviserLevel } from '../../domain/positioning/adviser-ratings';
import type { ComparedLevel, Gap } from '../../domain/positioning/comparison';

export const ADVISER_LEVEL_KEY: Record<AdviserLevel, string> = {
  acquired: 'positioningReview.level.acquired',
  partial: 'positioningReview.level.partial',
  'not-yet': 'positioningReview.level.notYet',
  'not-observed': 'positioningReview.level.notObserved',
};

export const COMPARED_LEVEL_KEY: Record<ComparedLevel, string> = {
  acquired: 'positioningReview.level.acquired',
  partial: 'positioningReview.level.partial',
  'not-yet': 'positioningReview.level.notYet',
  'dont-know': 'positioningReview.level.dontKnow',
};

/** A sign per gap, so the difference reads without colour: = same, ▲ adviser higher, ▼ lower. */
export const GAP_SIGN: Record<Gap, string> = { same: '=', 'adviser-higher': '▲', 'adviser-lower': '▼', incomplete: '–' };

export const GAP_KEY: Record<Gap, string> = {
  same: 'positioningReview.gap.same',
  'adviser-higher': 'positioningReview.gap.higher',
  'adviser-lower': 'positioningReview.gap.lower',
  incomplete: 'positioningReview.gap.incomplete',
};

export type ResultOutcome = 'right' | 'wrong' | 'dontKnow' | 'none';
/** Right / wrong of a practice item in a sign beside the words. */
export const RESULT_SIGN: Record<ResultOutcome, string> = { right: '✓', wrong: '✗', dontKnow: '?', none: '–' };
/** Beside a constraint the candidate raised. */
export const FLAG_SIGN = '⚑';
