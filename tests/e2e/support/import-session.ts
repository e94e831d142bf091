// The coordinator who imports, in both import browser tests (import.spec.ts, import-files.spec.ts).
export const IMPORT_COORDINATOR = { email: 'coordination@demo.vdc.brussels', password: 'demo-vdc-2026' };
