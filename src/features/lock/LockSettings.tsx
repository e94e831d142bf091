// The adviser's lock settings on this tablet: after how many idle minutes the screen locks, and
// their PIN (typed twice). Both stay on the device; the PIN is kept only as a salted hash. The PIN
// form is written in the record forms' idiom (docs/architecture.md, "Record forms").
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormInput } from '../../components/form/form-controls';
import { FormFooter } from '../../components/form/FormFooter';
import { useRecordForm } from '../../components/form/use-record-form';
import { useWorkspace } from '../../components/session/session-context';
import { IDLE_MINUTE_CHOICES, idleMinutes, setIdleMinutes } from './idle-settings';
import { TabletLockSettings } from './TabletLockSettings';

const PIN = /^\d{4,6}$/;

/** 4 to 6 digits, typed the same twice (the mismatch is said only of a well-formed PIN). */
const pinSchema = z.object({ pin: z.string(), repeat: z.string() }).superRefine((values, ctx) => {
  if (!PIN.test(values.pin)) ctx.addIssue({ code: 'custom', path: ['pin'], message: 'pinInvalid' });
  else if (values.pin !== values.repeat) ctx.addIssue({ code: 'custom', path: ['repeat'], message: 'pinMismatch' });
});
type PinValues = z.infer<typeof pinSchema>;

const DIGITS = { inputMode: 'numeric', maxLength: 6 } as const;

export function LockSettings() {
  const { t } = useTranslation();
  const { pin, tabletLock } = useWorkspace();
  const idleId = useId();
  const [minutes, setMinutes] = useState(idleMinutes);
  const [idleSaved, setIdleSaved] = useState(false);
  const [pinSaved, setPinSaved] = useState(false);
  const { form, submit, failed, busy } = useRecordForm<PinValues>({
    schema: pinSchema,
    defaultValues: { pin: '', repeat: '' },
    save: async (values, rhf) => {
      setPinSaved(false);
      await pin.set(values.pin);
      rhf.reset();
      setPinSaved(true);
    },
  });

  return (
    <section className="panel" aria-labelledby="lock-settings-title">
      <h2 id="lock-settings-title">{t('lock.settingsTitle')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={idleId}>
          {t('lock.idleLabel')}
        </label>
        <select
          id={idleId}
          className="input"
          value={minutes}
          onChange={(event) => {
            const value = Number(event.target.value);
            setMinutes(value);
            setIdleMinutes(value);
            setIdleSaved(true);
          }}
        >
          {IDLE_MINUTE_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t('lock.minutes', { count: choice })}
            </option>
          ))}
        </select>
        {idleSaved ? <p role="status">{t('lock.idleSaved')}</p> : null}
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h3>{t('lock.pinTitle')}</h3>
        <p className="field__hint">{t('lock.pinHint')}</p>
        <FormInput control={form.control} field="pin" name="lock-pin" type="password" label={t('lock.pinNew')} inputProps={DIGITS} />
        <FormInput control={form.control} field="repeat" name="lock-pin-repeat" type="password" label={t('lock.pinRepeat')} inputProps={DIGITS} />
        <FormFooter busy={busy} saveLabel={t('lock.pinSave')} failed={failed} failedMessage={t('lock.pinSaveFailed')} />
        {pinSaved ? <p role="status">{t('lock.pinSaved')}</p> : null}
      </form>
      <TabletLockSettings tabletLock={tabletLock} />
    </section>
  );
}
