// Reads the local tables a person's file draws from (decrypted through the Workspace).
import type { PersonFileTables } from '../../domain/person-file';
import type { Workspace } from '../../sync/workspace';

export async function loadPersonFileTables(workspace: Workspace): Promise<PersonFileTables> {
  const [candidates, spocActions, accompaniments, positionings, moduleSessions, attendance, validationSteps, followUpNotes, observations] = await Promise.all([
    workspace.repo('candidates').list(),
    workspace.repo('spocActions').list(),
    workspace.repo('accompaniments').list(),
    workspace.repo('positionings').list(),
    workspace.repo('moduleSessions').list(),
    workspace.repo('attendance').list(),
    workspace.repo('validationSteps').list(),
    workspace.repo('followUpNotes').list(),
    workspace.repo('observations').list(),
  ]);
  return { candidates, spocActions, accompaniments, positionings, moduleSessions, attendance, validationSteps, followUpNotes, observations };
}
