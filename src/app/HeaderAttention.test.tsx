// The header says once how many things wait in "À vérifier": as the link that opens them.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemorySyncEngine, createMemoryWorkspace } from './test-support/memory-workspace';
import { renderApp, signedInService } from './test-support/render-app';

describe('header', { timeout: 60_000 }, () => {
  it('shows "1 à vérifier" once, as a link to the list', async () => {
    const workspace = createMemoryWorkspace();
    workspace.sync = new MemorySyncEngine({ phase: 'idle', pending: 0, needsAttention: 1, lastSyncedAt: '2026-07-01T06:30:00Z' });
    renderApp('/', signedInService(workspace));
    const link = await screen.findByRole('link', { name: '1 à vérifier' });
    expect(link.getAttribute('href')).toBe('/a-verifier');
    const header = document.querySelector('header');
    expect(header?.textContent?.match(/1 à vérifier/g)).toHaveLength(1);
  });
});
