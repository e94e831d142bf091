// The journal's filters: which action, which person (acting or concerned), which Brussels days.
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction } from '../../domain/accounts';
import type { AuditFilters as Filters } from './use-audit-journal';

interface Props {
  filters: Filters;
  /** The people one may pick: accounts by name, and whoever the page was opened for. */
  people: readonly { id: string; name: string }[];
  onChange(filters: Filters): void;
}

export function AuditFilters({ filters, people, onChange }: Props) {
  const { t } = useTranslation();
  const set = (changes: Partial<Record<keyof Filters, string>>) => {
    const next: Record<string, string | undefined> = { ...filters, ...changes };
    onChange(Object.fromEntries(Object.entries(next).filter(([, value]) => value)) as Filters);
  };
  return (
    <form className="audit-filters form-grid" onSubmit={(event) => event.preventDefault()} aria-label={t('audit.filters')}>
      <div className="field">
        <label htmlFor="audit-action" className="field__label">{t('audit.filterAction')}</label>
        <select id="audit-action" className="input" value={filters.action ?? ''} onChange={(event) => set({ action: event.target.value as AuditAction | '' })}>
          <option value="">{t('audit.anyAction')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>{t(`audit.action.${action}`)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-person" className="field__label">{t('audit.filterPerson')}</label>
        <select id="audit-person" className="input" value={filters.person ?? ''} onChange={(event) => set({ person: event.target.value })}>
          <option value="">{t('audit.anyPerson')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>{person.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from" className="field__label">{t('audit.from')}</label>
        <input id="audit-from" className="input" type="date" value={filters.from ?? ''} onChange={(event) => set({ from: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="audit-to" className="field__label">{t('audit.to')}</label>
        <input id="audit-to" className="input" type="date" value={filters.to ?? ''} onChange={(event) => set({ to: event.target.value })} />
      </div>
    </form>
  );
}
