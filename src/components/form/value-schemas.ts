// Zod pieces of the record forms' values (what is typed, before it becomes a record): the message
// keys are the domain's (`required`…), translated where the field shows them.
import { z } from 'zod';

/** Filled in (spaces alone do not count); the value comes out trimmed. */
export const requiredText = z.string().trim().min(1, { message: 'required' });
/** A choice or a date that must be made ('' when not). */
export const requiredChoice = z.string().min(1, { message: 'required' });
