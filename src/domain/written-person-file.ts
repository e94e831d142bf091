// The person's complete file as the server writes it (right of access, docs/audit-and-consent.md):
// every record the organisation holds about them, follow-up notes of its other sites included,
// each value in words in the requested language, and no id of anyone (other participants of a
// session are counted, never named or identified).
//   GET /api/candidates/:id/file?lang=fr|nl|en → WrittenPersonFile (adviser or coordinator of the person's site)
import { z } from 'zod';
import { API_PATHS } from './api-paths';

export const PERSON_FILE_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type PersonFileLanguage = (typeof PERSON_FILE_LANGUAGES)[number];

export const PERSON_FILE_PATH = API_PATHS.personFile;

export function personFilePath(candidateId: string, language: string): string {
  const lang = (PERSON_FILE_LANGUAGES as readonly string[]).includes(language) ? language : 'fr';
  return `/api/candidates/${encodeURIComponent(candidateId)}/file?lang=${lang}`;
}

export const personFileQuerySchema = z.strictObject({ lang: z.enum(PERSON_FILE_LANGUAGES, { message: 'unknownCode' }).optional() });

const entrySchema = z.object({ label: z.string(), value: z.string() });
const recordSchema = z.object({ site: z.string(), entries: z.array(entrySchema) });
const sectionSchema = z.object({ key: z.string(), title: z.string(), records: z.array(recordSchema) });

export const writtenPersonFileSchema = z.object({
  language: z.enum(PERSON_FILE_LANGUAGES),
  generatedAt: z.string(),
  title: z.string(),
  sections: z.array(sectionSchema),
});
export type WrittenPersonFile = z.infer<typeof writtenPersonFileSchema>;
export type WrittenSection = z.infer<typeof sectionSchema>;
