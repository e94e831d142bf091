// The remove button of a site's voice shows only to those the server lets remove it (mayChangeVoice):
// its author, a coordinator of the site, an administrator; not another adviser of the site.
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import type { LocalRecord, Workspace } from '../../sync/workspace';
import { SiteVoiceActions } from './SiteVoiceActions';

const voice = { id: 'voice-1', siteId: 'site-a', data: { kind: 'voice', sharedWithSite: true, clipId: 'item.x', language: 'fr', recordedBy: 'alice' } } as unknown as LocalRecord<'attachments'>;

function renderFor(user: { id: string; role: 'adviser' | 'coordinator' | 'admin'; siteIds: string[] }) {
  const workspace = { attachments: {}, recordings: {}, user: { name: user.id, ...user } } as unknown as Workspace;
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <SiteVoiceActions workspace={workspace} lang="fr" entry={{ key: 'fr/item.x', clipId: 'item.x', text: 'x' }} hasOwn={false} siteVoice={voice} onChanged={() => undefined} />
    </I18nextProvider>,
  );
  return screen.queryByRole('button', { name: 'Retirer la voix du site' });
}

describe('SiteVoiceActions', () => {
  it.each([
    ['its author', { id: 'alice', role: 'adviser', siteIds: ['site-a'] }, true],
    ['a coordinator of the site', { id: 'claire', role: 'coordinator', siteIds: ['site-a'] }, true],
    ['an administrator', { id: 'root', role: 'admin', siteIds: [] }, true],
    ['another adviser of the site', { id: 'bob', role: 'adviser', siteIds: ['site-a'] }, false],
    ['a coordinator of another site', { id: 'dora', role: 'coordinator', siteIds: ['site-b'] }, false],
  ] as const)('shows "remove" or not to %s', (_who, user, shown) => {
    expect(renderFor({ ...user, siteIds: [...user.siteIds] }) !== null).toBe(shown);
  });
});
