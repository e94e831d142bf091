import type { z } from 'zod';
import { VALIDATION_MESSAGES, validationText } from './validation-messages';

export function toWireIssues(issues: readonly z.core.$ZodIssue[]): { path: (string | number)[]; code: string; message: string }[] {
  return issues.map((issue) => {
    const isKey = issue.message in VALIDATION_MESSAGES;
    return {
      path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      code: isKey ? issue.message : issue.code,
      message: isKey ? validationText(issue.message) : issue.message,
    };
  });
}
