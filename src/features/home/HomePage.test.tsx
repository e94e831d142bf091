// "Comptes" lists an adviser's tablets by a short id; the tablet shows the same id on its home, so
// a coordinator asked to revoke a lost tablet knows which one it is.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace } from '../../app/test-support/memory-workspace';
import { renderApp, signedInService } from '../../app/test-support/render-app';

describe('home', { timeout: 60_000 }, () => {
  it('shows the tablet’s short id as "Comptes" names it', async () => {
    const workspace = createMemoryWorkspace();
    workspace.deviceId = '3f2a9c1e-7b44-4d0a-9e21-5c6d7e8f9a0b';
    renderApp('/', signedInService(workspace));
    const block = (await screen.findByText('Cette tablette :')).closest('.home-device') as HTMLElement;
    expect(block.querySelector('code')?.textContent).toBe('3f2a9c1e');
    expect(block.textContent).toContain('« Comptes »');
  });
});
