// The orientation the agreed levels point to (the adviser decides): no trade task acquired or
// partly, nor any UC observed met → training first (the VDC recognises experience; it is not a
// training); every UC ready and no module → straight to registration; else modules.
import { agreedOutcome, sittingUcs } from './agreed-model';
import type { AgreedLevels, ObservedUc, OrientationCode } from '../../domain/positioning/agreement';
import type { Sitting } from './review-model';

export const TRADE_DOMAIN = 'experience-metier';

export function suggestedOrientation(sitting: Sitting, levels: AgreedLevels, observed: readonly ObservedUc[]): OrientationCode | undefined {
  const trade = sitting.rateable.filter((screen) => screen.domainId === TRADE_DOMAIN).map((screen) => levels[screen.item.id]);
  if (trade.length === 0) return undefined;
  const anyExperience = trade.some((level) => level === 'acquired' || level === 'partly') || observed.some((entry) => entry.result !== 'not-yet');
  if (!anyExperience) return 'training-first';
  const ucs = sittingUcs(sitting, levels, observed);
  const modules = agreedOutcome(sitting, levels, observed).recommendations;
  if (modules.length === 0 && (ucs.length === 0 || ucs.every((uc) => uc.standing === 'ready'))) return 'straight-to-registration';
  return 'modules';
}
