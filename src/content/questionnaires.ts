// Every published questionnaire version. A sitting stores the id and version it used, so old
// versions stay here (and their audio clips in public/audio) after a new one is added.
import positionnementV1 from './questionnaires/positionnement-v1.json';
import positionnementV2 from './questionnaires/positionnement-v2.json';
import { loadQuestionnaire } from './load';
import type { Questionnaire } from './schema';

export const QUESTIONNAIRES: readonly Questionnaire[] = [loadQuestionnaire(positionnementV1), loadQuestionnaire(positionnementV2)];

/** The questionnaire a sitting used. */
export function findQuestionnaire(id: string, version: number): Questionnaire | undefined {
  return QUESTIONNAIRES.find((q) => q.id === id && q.version === version);
}

/** The newest version of a questionnaire, for a new sitting. */
export function currentQuestionnaire(id = 'positionnement'): Questionnaire {
  const versions = QUESTIONNAIRES.filter((q) => q.id === id).sort((a, b) => b.version - a.version);
  const newest = versions[0];
  if (!newest) throw new RangeError(`No questionnaire "${id}"`);
  return newest;
}
