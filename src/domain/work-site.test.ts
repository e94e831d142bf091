import { describe, expect, it } from 'vitest';
import { withWorkSite, workSiteOf, workSiteRefusal } from './work-site';

describe('workSiteOf', () => {
  it('is the record’s workSiteId when it has one', () => {
    expect(workSiteOf({ siteId: 'new-site', data: { workSiteId: 'old-site' } })).toBe('old-site');
  });

  it('falls back to the record’s site for records from before workSiteId (and for an empty value)', () => {
    expect(workSiteOf({ siteId: 'site-a', data: {} })).toBe('site-a');
    expect(workSiteOf({ siteId: 'site-a', data: { workSiteId: '' } })).toBe('site-a');
    expect(workSiteOf({ siteId: 'site-a', data: { workSiteId: 42 } })).toBe('site-a');
  });
});

describe('withWorkSite', () => {
  it('fills a new record of work from its site, and nothing else', () => {
    expect(withWorkSite('accompaniments', 'site-a', true, { metier: 'coiffeur' })).toEqual({ metier: 'coiffeur', workSiteId: 'site-a' });
    expect(withWorkSite('accompaniments', 'site-a', false, { metier: 'coiffeur' })).toEqual({ metier: 'coiffeur' });
    expect(withWorkSite('candidates', 'site-a', true, { firstName: 'Awa' })).toEqual({ firstName: 'Awa' });
    expect(withWorkSite('moduleSessions', 'site-a', true, { module: 'fle' })).toEqual({ module: 'fle' });
  });
});

describe('workSiteRefusal', () => {
  const stored = { siteId: 'site-b', data: { workSiteId: 'site-a' } };
  it('allows a creation at its own site, or without the field', () => {
    expect(workSiteRefusal('spocActions', 'site-a', undefined, { workSiteId: 'site-a' })).toBeUndefined();
    expect(workSiteRefusal('spocActions', 'site-a', undefined, { date: '2025-01-01' })).toBeUndefined();
  });
  it('refuses a creation naming another site, and any change afterwards', () => {
    expect(workSiteRefusal('spocActions', 'site-a', undefined, { workSiteId: 'site-b' })).toBe('forbidden');
    expect(workSiteRefusal('accompaniments', 'site-b', stored, { workSiteId: 'site-b' })).toBe('forbidden');
    expect(workSiteRefusal('accompaniments', 'site-b', stored, { workSiteId: null })).toBe('forbidden');
    expect(workSiteRefusal('accompaniments', 'site-b', stored, { workSiteId: 'site-a' })).toBeUndefined();
  });
});
