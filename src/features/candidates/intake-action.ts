// The SPOC action that records an intake meeting: an individual information action, today, at the
// outreach place where the adviser met the person.
import { brusselsDate } from '../../domain/dates';
import type { SpocActionData } from '../../domain/entities';

export const INTAKE_ACTION_KIND = 'individuelle';

export function intakeAction(candidateId: string, adviserId: string, outreachPlace: string, today: string = brusselsDate()): SpocActionData {
  return { date: today, kind: INTAKE_ACTION_KIND, candidateIds: [candidateId], adviserId, outreachPlace };
}
