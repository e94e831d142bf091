// Who the person is, at a glance: every field of the intake in words (codes by their labels),
// site and consent, so the adviser never has to open the form to read a phone number.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TypedText } from '../../components/PersonName';
import { communeLabel, languageName, referenceLabel } from '../../i18n/code-labels';
import type { LocalRecord } from '../../sync/workspace';
import { formatDay } from './labels';

export function IdentitySummary({ candidate, siteName }: { candidate: LocalRecord<'candidates'>; siteName: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { birthDate, gender, phone, email, communeCode, languages, frenchLevel, certificationAtEntry, source, motivation, consent } = candidate.data;
  const unknown = t('candidateFile.unknown');
  const birth = !birthDate ? unknown : birthDate.length === 4 ? t('candidateFile.bornIn', { year: birthDate }) : t('candidateFile.bornOn', { date: formatDay(birthDate, language) });
  const spoken = languages?.length ? languages.map((code) => languageName(code, language)).join(', ') : unknown;
  const coded = (list: Parameters<typeof referenceLabel>[0], code: string | number | null | undefined) => referenceLabel(list, code, language) || unknown;
  let consentText = t('candidateFile.consentUnknown');
  if (consent) {
    const date = formatDay(consent.date, language);
    const scopes = consent.scopes.map((scope) => t(`consentScope.${scope}`)).join(' ; ');
    if (!consent.given) consentText = t('candidateFile.consentRefused', { date });
    else consentText = scopes ? t('candidateFile.consentGiven', { date, scopes }) : t('candidateFile.consentGivenNoScope', { date });
  }
  // Typed contact details are isolated: an e-mail or a number next to right-to-left text keeps its order.
  const typed = (value: string | null | undefined, ltr = false): ReactNode =>
    value ? <span dir={ltr ? 'ltr' : undefined}><TypedText>{value}</TypedText></span> : unknown;
  const rows: { key: string; label: string; value: ReactNode }[] = [
    { key: 'birth', label: t('candidateFile.birth'), value: birth },
    { key: 'gender', label: t('candidateFile.gender'), value: gender ? t(`gender.${gender}`) : unknown },
    { key: 'phone', label: t('candidateFile.phone'), value: typed(phone, true) },
    { key: 'email', label: t('candidateFile.email'), value: typed(email, true) },
    { key: 'commune', label: t('candidateFile.commune'), value: communeLabel(communeCode, language) ?? unknown },
    { key: 'languages', label: t('candidateFile.languages'), value: spoken },
    { key: 'frenchLevel', label: t('candidateFile.frenchLevel'), value: coded('frenchLevels', frenchLevel) },
    { key: 'certification', label: t('candidateFile.certification'), value: coded('certificationAtEntry', certificationAtEntry) },
    { key: 'source', label: t('candidateFile.source'), value: coded('sources', source) },
    { key: 'motivation', label: t('candidateFile.motivation'), value: coded('motivations', motivation) },
    { key: 'site', label: t('candidateFile.site'), value: siteName },
    { key: 'consent', label: t('candidateFile.consent'), value: consentText },
  ];
  return (
    <section className="file-section" aria-labelledby="file-identity-title">
      <h2 id="file-identity-title">{t('candidateFile.identity')}</h2>
      <dl className="file-identity">
        {rows.map((row) => (
          <div key={row.key} className="file-identity__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
