// Autosave of a form being typed (nothing may be lost on reload, crash or update): the
// values are saved, encrypted, a moment after each change and at once when the page is hidden.
// A draft found when the form opens is offered back (resume or discard); a save of the form
// removes it.
// Typing while the offer is unanswered is saved too (nothing typed is ever lost): what is typed
// becomes the draft on the tablet, the older one stays offered on screen until answered, and
// discarding it then keeps the typing (docs/people-matching.md, "Typing never lost").
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { Workspace } from '../../../sync/workspace';

const SAVE_DELAY_MS = 400;

type DraftStore = Workspace['drafts'];

export interface DraftOffer<V> {
  values: V;
  updatedAt: string;
}

export interface FormDraft<V> {
  /** A draft found on opening, not yet resumed nor discarded. */
  offer: DraftOffer<V> | null;
  resume(): void;
  /** Deletes the draft (the offered one, or the one being written) and stops nothing else. */
  discard(): Promise<void>;
  /** Call after the form was saved: the draft is removed and autosave stops. */
  finish(): Promise<void>;
  /** True once something typed is waiting in (or for) the draft. */
  hasDraft: boolean;
}

interface Options<V extends FieldValues> {
  drafts: DraftStore;
  draftKey: string;
  candidateId?: string;
  form: UseFormReturn<V>;
  /** Parses what was read back (a boundary: IndexedDB may hold an older shape); undefined drops it. */
  parse: (stored: unknown) => V | undefined;
  /** True when the stored values are just the form's starting values (nothing to offer). */
  isPristine: (values: V) => boolean;
}

export function useFormDraft<V extends FieldValues>({ drafts, draftKey, candidateId, form, parse, isPristine }: Options<V>): FormDraft<V> {
  const [offer, setOffer] = useState<DraftOffer<V> | null>(null);
  const [hasDraft, setHasDraft] = useState(false);
  // loading → (offering) → active → finished. Saving only while active.
  const phase = useRef<'loading' | 'offering' | 'active' | 'finished'>('loading');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<V | undefined>(undefined);
  /** Something was typed (and saved) while a draft was offered: discarding the offer keeps it. */
  const typedOverOffer = useRef(false);
  const pristine = useRef(isPristine);
  useEffect(() => {
    pristine.current = isPristine;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const values = pending.current;
    pending.current = undefined;
    if (values === undefined || (phase.current !== 'active' && phase.current !== 'offering')) return;
    if (phase.current === 'offering') typedOverOffer.current = true;
    void drafts.save(draftKey, values, candidateId).catch(() => undefined);
  }, [drafts, draftKey, candidateId]);

  useEffect(() => {
    let current = true;
    phase.current = 'loading';
    void drafts.load(draftKey).then(
      (stored) => {
        if (!current) return;
        const values = stored ? parse(stored.values) : undefined;
        if (stored && values && !isPristine(values)) {
          phase.current = 'offering';
          setOffer({ values, updatedAt: stored.updatedAt });
          setHasDraft(true);
        } else {
          phase.current = 'active';
        }
      },
      () => {
        if (current) phase.current = 'active';
      },
    );
    return () => {
      current = false;
    };
    // parse and isPristine are read once, at opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drafts, draftKey]);

  useEffect(() => {
    const subscription = form.watch((values) => {
      if (phase.current !== 'active' && phase.current !== 'offering') return;
      if (pristine.current(values as V)) {
        if (phase.current === 'offering') {
          // Typing emptied again under an unanswered offer: the offered draft stays as it is.
          clearTimeout(timer.current);
          pending.current = undefined;
          return;
        }
        // Back to the starting values (emptied, or discarded): nothing worth keeping.
        clearTimeout(timer.current);
        pending.current = undefined;
        setHasDraft(false);
        void drafts.remove(draftKey).catch(() => undefined);
        return;
      }
      pending.current = structuredClone(values) as V;
      setHasDraft(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    });
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush(); // leaving the form (another screen): keep what was typed
    };
  }, [drafts, draftKey, form, flush]);

  const resume = useCallback(() => {
    if (!offer) return;
    phase.current = 'active';
    typedOverOffer.current = false;
    form.reset(offer.values, { keepDefaultValues: true });
    setOffer(null);
  }, [form, offer]);

  const discard = useCallback(async () => {
    if (offer && typedOverOffer.current) {
      // The offered draft goes; what was typed meanwhile is the draft now, kept.
      typedOverOffer.current = false;
      setOffer(null);
      phase.current = 'active';
      const values = form.getValues();
      if (!pristine.current(values)) {
        pending.current = structuredClone(values);
        flush();
        return;
      }
    }
    clearTimeout(timer.current);
    pending.current = undefined;
    setOffer(null);
    setHasDraft(false);
    if (phase.current !== 'finished') phase.current = 'active';
    await drafts.remove(draftKey);
  }, [drafts, draftKey, offer, form, flush]);

  const finish = useCallback(async () => {
    phase.current = 'finished';
    clearTimeout(timer.current);
    pending.current = undefined;
    setHasDraft(false);
    await drafts.remove(draftKey);
  }, [drafts, draftKey]);

  return { offer, resume, discard, finish, hasDraft };
}
