// The first step of loading the storage code (app/lazy-session-service.ts): zod evaluated in a task
// of its own. It names one export rather than loading the module whole: a dynamic `import('zod')`
// keeps every export of zod in the bundle, its sixty error-message languages included (384 kB).
import { z } from 'zod';

export const schemaLibraryLoaded: boolean = typeof z.string === 'function';
