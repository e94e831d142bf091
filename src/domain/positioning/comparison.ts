// The compared positioning ("positionnement comparé"): the candidate's view and the adviser's on
// the same items and domains, and where they differ. Pure: the screens put it in words, with a
// sign and a word beside any colour.
import { ADVISER_LEVEL_POINTS, type AdviserLevel } from './adviser-ratings';

/** A level on one shared three-step scale, or the candidate's "I don't know". */
export type ComparedLevel = 'acquired' | 'partial' | 'not-yet' | 'dont-know';

/** Who rates higher, when both rated. */
export type Gap = 'same' | 'adviser-higher' | 'adviser-lower' | 'incomplete';

export interface ItemToCompare {
  itemId: string;
  domainId: string;
  /** The candidate's points for the item (0–1), "dont-know", or undefined when not answered. */
  candidatePoints: number | 'dont-know' | undefined;
  adviserLevel: AdviserLevel | undefined;
}

export interface ItemComparison {
  itemId: string;
  domainId: string;
  candidate: ComparedLevel | undefined;
  adviser: ComparedLevel | undefined;
  gap: Gap;
  /** Steps between the two views on the three-step scale (0, 1 or 2); 0 when incomplete. */
  steps: number;
}

const STEP_OF: Record<Exclude<ComparedLevel, 'dont-know'>, number> = { 'not-yet': 0, partial: 1, acquired: 2 };

/** The candidate's points (0–1) as a step of the three-step scale. */
export function levelOfPoints(points: number | 'dont-know' | undefined): ComparedLevel | undefined {
  if (points === undefined) return undefined;
  if (points === 'dont-know') return 'dont-know';
  if (points >= 0.75) return 'acquired';
  if (points >= 0.25) return 'partial';
  return 'not-yet';
}

function adviserLevelOf(level: AdviserLevel | undefined): ComparedLevel | undefined {
  if (level === undefined || ADVISER_LEVEL_POINTS[level] === undefined) return undefined;
  return level as Exclude<ComparedLevel, 'dont-know'>;
}

export function compareItem(item: ItemToCompare): ItemComparison {
  const candidate = levelOfPoints(item.candidatePoints);
  const adviser = adviserLevelOf(item.adviserLevel);
  const base = { itemId: item.itemId, domainId: item.domainId, candidate, adviser };
  if (candidate === undefined || candidate === 'dont-know' || adviser === undefined || adviser === 'dont-know') {
    return { ...base, gap: 'incomplete', steps: 0 };
  }
  const diff = STEP_OF[adviser] - STEP_OF[candidate];
  return { ...base, gap: diff === 0 ? 'same' : diff > 0 ? 'adviser-higher' : 'adviser-lower', steps: Math.abs(diff) };
}

/**
 * Two domain scores (0–100) less than this many points apart read "same view"; from this on, the
 * gap is shown with its sign. Small on purpose: 12 to 15 points is two or three items of five.
 */
export const DOMAIN_SAME_POINTS = 10;

export interface DomainComparison {
  domainId: string;
  candidateScore: number | null;
  adviserScore: number | null;
  /** Adviser minus candidate, when both are known. */
  difference: number | null;
  gap: Gap;
  /** Items of the domain whose two views differ. */
  differingItems: number;
  /** Items of the domain the adviser rated (the differing count means nothing before). */
  ratedItems: number;
  items: ItemComparison[];
}

export function compareDomain(
  domainId: string,
  candidateScore: number | null,
  adviserScore: number | null,
  items: readonly ItemComparison[],
): DomainComparison {
  const own = items.filter((item) => item.domainId === domainId);
  const differingItems = own.filter((item) => item.gap === 'adviser-higher' || item.gap === 'adviser-lower').length;
  const ratedItems = own.filter((item) => item.adviser !== undefined).length;
  if (candidateScore === null || adviserScore === null) {
    return { domainId, candidateScore, adviserScore, difference: null, gap: 'incomplete', differingItems, ratedItems, items: own };
  }
  const difference = adviserScore - candidateScore;
  const gap: Gap = Math.abs(difference) < DOMAIN_SAME_POINTS ? 'same' : difference > 0 ? 'adviser-higher' : 'adviser-lower';
  return { domainId, candidateScore, adviserScore, difference, gap, differingItems, ratedItems, items: own };
}

/** Every domain compared, in the given order. */
export function compareDomains(
  domains: readonly { domainId: string; candidateScore: number | null; adviserScore: number | null }[],
  items: readonly ItemToCompare[],
): DomainComparison[] {
  const compared = items.map(compareItem);
  return domains.map((domain) => compareDomain(domain.domainId, domain.candidateScore, domain.adviserScore, compared));
}
