// "Ouvrir ce dossier" from the intake's duplicate warning, with a phone, an e-mail or notes typed:
// what may go into the existing file. A phone or e-mail goes only where the file has none (a
// different one stays in the draft, never overwrites); notes are added after the file's own.
import type { CandidateData } from '../../../domain/entities';

export interface TypedExtras {
  phone: string;
  email: string;
  notes: string;
}

export interface CarryOver {
  changes: Partial<Pick<CandidateData, 'phone' | 'email' | 'notes'>>;
  /** Typed values the file already has in another form: kept in the draft, not carried. */
  conflicting: ('phone' | 'email')[];
}

export function carryOver(existing: Pick<CandidateData, 'phone' | 'email' | 'notes'>, typed: TypedExtras): CarryOver {
  const changes: CarryOver['changes'] = {};
  const conflicting: CarryOver['conflicting'] = [];
  for (const field of ['phone', 'email'] as const) {
    const value = typed[field].trim();
    if (!value) continue;
    const current = existing[field]?.trim();
    if (!current) changes[field] = value;
    else if (current !== value) conflicting.push(field);
  }
  const notes = typed.notes.trim();
  if (notes && !(existing.notes ?? '').includes(notes)) changes.notes = existing.notes?.trim() ? `${existing.notes.trim()}\n\n${notes}` : notes;
  return { changes, conflicting };
}

export function hasExtras(typed: TypedExtras): boolean {
  return Boolean(typed.phone.trim() || typed.email.trim() || typed.notes.trim());
}
