// One timeline entry in words: a title and detail lines, in the display language.
import type { TFunction } from 'i18next';
import { isolatedText } from '../../domain/bidi';
import { formatHours } from '../../i18n/format';
import type { TimelineEntry } from '../../domain/timeline';
import { codeLabel } from './labels';

export interface EntryWords {
  title: string;
  details: string[];
}

/** `ucText` names a UC of a métier in words ("UC1 — label", from the catalogue). */
export function entryWords(entry: TimelineEntry, candidateId: string, t: TFunction, language: string, ucText: (metier: string | undefined, uc: string | undefined) => string): EntryWords {
  const label = codeLabel;
  switch (entry.kind) {
    case 'spocAction': {
      const { action } = entry;
      const details: string[] = [];
      if (action.outreachPlace) details.push(t('candidateFile.timeline.spocPlace', { place: isolatedText(action.outreachPlace) }));
      if (action.metiers?.length) details.push(t('candidateFile.timeline.spocMetiers', { metiers: action.metiers.map((code) => label('metiers', code, language)).join(', ') }));
      if (action.outcome) details.push(t('candidateFile.timeline.spocOutcome', { outcome: label('spocOutcomes', action.outcome, language) }));
      if (action.kind === 'collective') {
        const named = (action.candidateIds ?? []).filter((id) => id !== candidateId).length;
        details.push(t('candidateFile.timeline.spocOthers', { named, count: action.headCount ?? 0 }));
      }
      return { title: label('spocActionKinds', action.kind, language), details };
    }
    case 'accompanimentStart':
      return { title: t('candidateFile.timeline.accompanimentStart', { metier: label('metiers', entry.metier, language) }), details: [] };
    case 'accompanimentExit':
      return {
        title: t('candidateFile.timeline.accompanimentExit', { metier: label('metiers', entry.metier, language) }),
        details: entry.exitReason ? [t('candidateFile.timeline.exitReason', { reason: label('exitReasons', entry.exitReason, language) })] : [],
      };
    case 'positioning':
      return { title: t(entry.completed ? 'candidateFile.timeline.positioningDone' : 'candidateFile.timeline.positioningStarted'), details: [] };
    case 'module': {
      const details: string[] = [];
      if (entry.status) details.push(t('candidateFile.timeline.moduleStatus', { status: label('attendanceStatuses', entry.status, language) }));
      if (entry.hours !== undefined) details.push(formatHours(entry.hours, t));
      return { title: t('candidateFile.timeline.module', { module: label('modules', entry.module, language) }), details };
    }
    case 'validationRegistration':
      return {
        title: t('candidateFile.timeline.validationRegistration', { uc: entry.uc }),
        details: entry.centreName ? [t('candidateFile.timeline.validationCentre', { centre: entry.centreName })] : [],
      };
    case 'validationTest':
      return {
        title: t('candidateFile.timeline.validationTest', { uc: entry.uc }),
        details: entry.result ? [t('candidateFile.timeline.validationResult', { result: label('epreuveResults', entry.result, language) })] : [],
      };
    case 'validationTitre':
      return { title: t('candidateFile.timeline.validationTitre', { uc: entry.uc }), details: [] };
    case 'note':
      return { title: t('candidateFile.timeline.note'), details: [entry.text] };
    case 'observation': {
      const { observation } = entry;
      const details: string[] = [];
      if (observation.metier) details.push(t('candidateFile.timeline.observationMetier', { metier: label('metiers', observation.metier, language) }));
      if (observation.result) details.push(t('candidateFile.observations.entryResult', { result: t(`candidateFile.observations.result.${observation.result}`) }));
      if (observation.observerKind) {
        details.push(
          observation.observerName
            ? t(`candidateFile.observations.observedByNamed.${observation.observerKind}`, { name: isolatedText(observation.observerName) })
            : t(`candidateFile.observations.observedBy.${observation.observerKind}`),
        );
      }
      const kind = t(`candidateFile.observations.kind.${observation.kind ?? 'observation'}`);
      return { title: t('candidateFile.timeline.observation', { kind, uc: ucText(observation.metier, observation.uc) }), details };
    }
  }
}
