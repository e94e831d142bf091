// Puts every module the first screen imports statically into one chunk (docs/first-screen.md,
// "One file for the first screen"). Left to itself the bundler gives each module that lazy screens
// share with the first screen a chunk of its own: the login then announced some twenty
// <link rel=modulepreload> tags, and a tablet spent its navigation's longest task queueing their
// fetches. Those modules load with the first screen anyway, so one file costs nothing more.
import type { ModuleInfo } from 'rolldown';

interface GraphReader {
  getModuleInfo(moduleId: string): ModuleInfo | null;
}

/**
 * A code-splitting group `name` function: `chunk` for a module reached from `entryId` by static
 * imports only (the entry itself stays the entry chunk), `null` for any other module.
 */
export function firstScreenGroup(entryId: string, chunk: string) {
  let reached: Set<string> | undefined;
  return (moduleId: string, graph: GraphReader): string | null => {
    reached ??= staticallyReached(entryId, graph);
    return reached.has(moduleId) ? chunk : null;
  };
}

function staticallyReached(entryId: string, graph: GraphReader): Set<string> {
  if (!graph.getModuleInfo(entryId)) throw new Error(`first-screen chunk: ${entryId} is not in the module graph`);
  const seen = new Set<string>();
  const queue = [entryId];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  seen.delete(entryId);
  return seen;
}
