// Who the person is, at a glance: birth date or year, commune, languages, site and consent in words.
import { useTranslation } from 'react-i18next';
import { communeLabel, languageName } from '../../i18n/code-labels';
import type { LocalRecord } from '../../sync/workspace';
import { formatDay } from './labels';

export function IdentitySummary({ candidate, siteName }: { candidate: LocalRecord<'candidates'>; siteName: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { birthDate, communeCode, languages, consent } = candidate.data;
  const unknown = t('candidateFile.unknown');
  const birth = !birthDate ? unknown : birthDate.length === 4 ? t('candidateFile.bornIn', { year: birthDate }) : t('candidateFile.bornOn', { date: formatDay(birthDate, language) });
  const spoken = languages?.length ? languages.map((code) => languageName(code, language)).join(', ') : unknown;
  let consentText = t('candidateFile.consentUnknown');
  if (consent) {
    const date = formatDay(consent.date, language);
    const scopes = consent.scopes.map((scope) => t(`consentScope.${scope}`)).join(' ; ');
    if (!consent.given) consentText = t('candidateFile.consentRefused', { date });
    else consentText = scopes ? t('candidateFile.consentGiven', { date, scopes }) : t('candidateFile.consentGivenNoScope', { date });
  }
  const rows = [
    { key: 'birth', label: t('candidateFile.birth'), value: birth },
    { key: 'commune', label: t('candidateFile.commune'), value: communeLabel(communeCode, language) ?? unknown },
    { key: 'languages', label: t('candidateFile.languages'), value: spoken },
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
