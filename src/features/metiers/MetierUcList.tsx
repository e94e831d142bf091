// The UCs of one métier: code and label, validity, and for an administrator correct, retire (a
// last day: never removed, old attempts keep their code and label) or bring back, and add.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { brusselsDate } from '../../domain/dates';
import { isCurrent, ucsOf, type CatalogueMetier } from '../../domain/metiers/catalogue';
import type { CatalogueUc } from '../../domain/metiers/schema';
import { formatDay } from '../../i18n/format';
import { emptyUcDraft, ucDraftOf, ucOf, type UcDraft } from './metier-drafts';
import { UcForm } from './UcForm';

interface MetierUcListProps {
  metier: CatalogueMetier;
  metierLabel: string;
  editable: boolean;
  onSaveUcs: (ucs: CatalogueUc[], message: string) => Promise<void>;
}

export function MetierUcList({ metier, metierLabel, editable, onSaveUcs }: MetierUcListProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string>();
  const today = brusselsDate();
  const ucs = ucsOf([metier], metier.code);
  const replace = (code: string, next: CatalogueUc) => metier.ucs.map((uc) => (uc.code === code ? next : uc));
  const period = (uc: CatalogueUc) =>
    uc.validTo
      ? t('metiers.validUntil', { date: formatDay(uc.validTo, i18n.language) })
      : uc.validFrom
        ? t('metiers.validFrom', { date: formatDay(uc.validFrom, i18n.language) })
        : t('metiers.validAlways');

  return (
    <section aria-labelledby={`ucs-of-${metier.code}`}>
      <h3 id={`ucs-of-${metier.code}`}>{t('metiers.ucs.title', { metier: metierLabel })}</h3>
      {ucs.length === 0 ? <p>{t('metiers.ucs.none')}</p> : null}
      <ul className="metier-ucs" aria-label={t('metiers.ucs.title', { metier: metierLabel })}>
        {ucs.map((uc) => (
          <li key={uc.code} className="metier-ucs__item">
            {editing === uc.code ? (
              <UcForm
                metierLabel={metierLabel}
                initial={ucDraftOf(uc)}
                isNew={false}
                existing={metier.ucs}
                onCancel={() => setEditing(undefined)}
                onSave={async (draft: UcDraft) => {
                  await onSaveUcs(replace(uc.code, { ...ucOf(draft), code: uc.code }), t('metiers.saved.uc', { code: uc.code }));
                  setEditing(undefined);
                }}
              />
            ) : (
              <>
                <p className="metier-ucs__name">
                  <strong>{uc.code}</strong> — {uc.label}
                </p>
                <p className="metier-ucs__period">
                  {period(uc)}
                  {isCurrent(uc, today) ? null : ` · ${t('metiers.notOffered')}`}
                </p>
                {editable ? (
                  <div className="form-actions">
                    <button type="button" className="button" aria-label={t('metiers.ucs.editLabel', { code: uc.code })} onClick={() => setEditing(uc.code)}>
                      {t('metiers.ucs.edit')}
                    </button>
                    {uc.validTo ? (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('metiers.ucs.reinstateLabel', { code: uc.code })}
                        onClick={() => {
                          const { validTo: _dropped, ...kept } = uc;
                          void onSaveUcs(replace(uc.code, kept), t('metiers.saved.ucReinstated', { code: uc.code }));
                        }}
                      >
                        {t('metiers.ucs.reinstate')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('metiers.ucs.retireLabel', { code: uc.code })}
                        onClick={() => void onSaveUcs(replace(uc.code, { ...uc, validTo: today }), t('metiers.saved.ucRetired', { code: uc.code }))}
                      >
                        {t('metiers.ucs.retire')}
                      </button>
                    )}
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {editable ? (
        <UcForm
          key={metier.code}
          metierLabel={metierLabel}
          initial={emptyUcDraft}
          isNew
          existing={metier.ucs}
          onSave={(draft) => onSaveUcs([...metier.ucs, ucOf(draft)], t('metiers.saved.ucAdded', { code: draft.code.trim() }))}
        />
      ) : null}
    </section>
  );
}
