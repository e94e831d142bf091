// What the golden year (golden-2024.ts) must give, every figure as a plain number worked out from
// the generator's declarations, not from the report's code. The report's own figures are kept
// wherever they are self-consistent; where the 2024 report contradicts itself the counting rules
// win (docs/report-counting.md), and the comment says so:
// - persons with a Titre: the report's sites give 100 + 40 + 28 = 168 with 5 persons accompanied
//   at two sites (187 + 74 + 33 = 294 → 289), so the network's distinct total is at least 163,
//   not 161; here all 5 hold a Titre, so 163;
// - Titres: a person with a Titre has at least one, so Titres ≥ 163, not 153; here 169 (Etterbeek's
//   34 as in the report, plus Schaerbeek 100 and Ixelles 35), success rate 169 / 234;
// - the SPOC kinds: the report's 404 + 27 ≠ 454; here 365 individual, 7 collective, 82 mail.
import { GOLDEN_SITES } from './golden-2024';

const { A, B, C } = GOLDEN_SITES;

export const EXPECTED = {
  period: { from: '2024-01-01', to: '2024-12-31' },
  personsReached: 442,
  targets: {
    network: { spocPersons: 320, accompaniedPersons: 200, entered: true },
    byOrganisation: [{ organisationId: 'org-schaerbeek', spocPersons: 250, accompaniedPersons: 190 }],
  },
  ratios: {
    network: { spocPersons: 433, accompaniedPersons: 289, spocRatio: 433 / 320, accompaniedRatio: 289 / 200 },
    byOrganisation: [{ organisationId: 'org-schaerbeek', spocPersons: 236, accompaniedPersons: 187, spocRatio: 236 / 250, accompaniedRatio: 187 / 190 }],
  },
  spoc: {
    total: { actions: 454, persons: 433, contacts: 67, byKind: { individuelle: 365, collective: 7, mail: 82 } },
    bySite: [
      { siteId: C, actions: 90, persons: 80, contacts: 22, byKind: { individuelle: 70, collective: 2, mail: 18 } },
      { siteId: B, actions: 120, persons: 120, contacts: 15, byKind: { individuelle: 99, collective: 1, mail: 20 } },
      { siteId: A, actions: 244, persons: 236, contacts: 30, byKind: { individuelle: 196, collective: 4, mail: 44 } },
    ],
    byMetier: [
      { metier: 'employe-administratif', actions: 91 },
      { metier: 'installateur-electricien-residentiel', actions: 65 },
      { metier: 'aide-menager', actions: 58 },
      { metier: 'agent-accueil', actions: 52 },
      { metier: 'magasinier', actions: 47 },
      { metier: 'aide-cuisinier-collectivite', actions: 41 },
      { metier: 'conducteur-chariot-elevateur', actions: 36 },
      { metier: 'ouvrier-polyvalent', actions: 30 },
      { metier: 'peintre-decorateur', actions: 20 },
      { metier: 'coiffeur', actions: 14 },
    ],
  },
  accompaniment: {
    total: { accompaniments: 308, persons: 289, personsWithTitre: 163, new: 259, carriedOver: 49 },
    bySite: [
      { siteId: C, accompaniments: 37, persons: 33, personsWithTitre: 28, new: 28, carriedOver: 9 },
      { siteId: B, accompaniments: 75, persons: 74, personsWithTitre: 40, new: 75, carriedOver: 0 },
      { siteId: A, accompaniments: 196, persons: 187, personsWithTitre: 100, new: 156, carriedOver: 40 },
    ],
    byMetier: [
      { metier: 'employe-administratif', siteId: A, accompaniments: 70, persons: 69 },
      { metier: 'aide-menager', siteId: A, accompaniments: 50, persons: 50 },
      { metier: 'installateur-electricien-residentiel', siteId: A, accompaniments: 40, persons: 40 },
      { metier: 'aide-menager', siteId: B, accompaniments: 30, persons: 30 },
      { metier: 'agent-accueil', siteId: A, accompaniments: 28, persons: 28 },
      { metier: 'employe-administratif', siteId: B, accompaniments: 25, persons: 25 },
      { metier: 'aide-cuisinier-collectivite', siteId: C, accompaniments: 20, persons: 20 },
      { metier: 'coiffeur', siteId: B, accompaniments: 19, persons: 19 },
      { metier: 'employe-administratif', siteId: C, accompaniments: 13, persons: 13 },
      { metier: 'magasinier', siteId: A, accompaniments: 8, persons: 8 },
      { metier: 'boulanger-patissier', siteId: C, accompaniments: 4, persons: 4 },
      { metier: 'magasinier', siteId: B, accompaniments: 1, persons: 1 },
    ],
    byMetierTotal: { accompaniments: 308, persons: 289 },
  },
  exits: {
    total: {
      closed: 43,
      byReason: { 'titre-obtenu': 15, emploi: 12, formation: 5, sante: 1, familial: 1, demenagement: 2, abandon: 2, reorientation: 3, autre: 1, transfert: 0, unknown: 1 },
      positive: 17,
      positiveShare: 17 / 43,
    },
    bySite: [
      { siteId: C, closed: 5, byReason: { 'titre-obtenu': 3, emploi: 0, formation: 0, sante: 0, familial: 1, demenagement: 0, abandon: 0, reorientation: 0, autre: 1, transfert: 0, unknown: 0 }, positive: 0, positiveShare: 0 },
      { siteId: B, closed: 10, byReason: { 'titre-obtenu': 0, emploi: 4, formation: 3, sante: 1, familial: 0, demenagement: 2, abandon: 0, reorientation: 0, autre: 0, transfert: 0, unknown: 0 }, positive: 7, positiveShare: 0.7 },
      { siteId: A, closed: 28, byReason: { 'titre-obtenu': 12, emploi: 8, formation: 2, sante: 0, familial: 0, demenagement: 0, abandon: 2, reorientation: 3, autre: 0, transfert: 0, unknown: 1 }, positive: 10, positiveShare: 10 / 28 },
    ],
  },
  modules: [
    ...[['soft-skills', 75], ['technique-remise-a-niveau', 0], ['technique-renforcement', 0], ['steam', 0], ['fle', 42], ['numerique', 0]].map(([module, candidates]) => ({ siteId: C, module, candidates })),
    ...[['soft-skills', 0], ['technique-remise-a-niveau', 8], ['technique-renforcement', 0], ['steam', 12], ['fle', 0], ['numerique', 0]].map(([module, candidates]) => ({ siteId: B, module, candidates })),
    ...[['soft-skills', 50], ['technique-remise-a-niveau', 0], ['technique-renforcement', 0], ['steam', 0], ['fle', 0], ['numerique', 20]].map(([module, candidates]) => ({ siteId: A, module, candidates })),
  ],
  validation: {
    total: { registrations: 259, testsTaken: 234, titres: 169, presenceRate: 234 / 259, successRate: 169 / 234, walloonTestsTaken: 40 },
    bySite: [
      { siteId: C, registrations: 68, testsTaken: 61, titres: 34, presenceRate: 61 / 68, successRate: 34 / 61, walloonTestsTaken: 10 },
      { siteId: B, registrations: 61, testsTaken: 55, titres: 35, presenceRate: 55 / 61, successRate: 35 / 55, walloonTestsTaken: 10 },
      { siteId: A, registrations: 130, testsTaken: 118, titres: 100, presenceRate: 118 / 130, successRate: 100 / 118, walloonTestsTaken: 20 },
    ],
    walloonShare: 40 / 234,
  },
  topMetiersToTest: [
    { metier: 'aide-menager', testsTaken: 94, titres: 56, successRate: 56 / 94 },
    { metier: 'aide-cuisinier-collectivite', testsTaken: 46, titres: 26, successRate: 26 / 46 },
    { metier: 'installateur-electricien-residentiel', testsTaken: 40, titres: 40, successRate: 1 },
    { metier: 'agent-accueil', testsTaken: 28, titres: 28, successRate: 1 },
    { metier: 'employe-administratif', testsTaken: 26, titres: 19, successRate: 19 / 26 },
  ],
  /** Non-zero cells only: every other code of the list is 0 (the test checks both). */
  profiles: {
    gender: { F: 230, M: 200, X: 6, U: 3, unknown: 3 },
    certificationAtEntry: { 0: 34, 1: 24, 2: 50, 3: 80, 4: 120, 5: 60, 6: 30, 7: 20, 8: 15, 9: 6, unknown: 3 },
    motivation: { emploi: 280, valorisation: 80, 'acces-profession': 30, formation: 43, autre: 9 },
    frenchLevel: { bon: 190, moyen: 170, faible: 70, inconnu: 12 },
    source: { 'mission-locale': 160, oisp: 20, esmi: 10, actiris: 100, cpas: 43, 'bouche-a-oreille': 90, 'centre-validation': 10, autre: 5, unknown: 4 },
    ageBand: { '<25': 70, '25-34': 140, '35-44': 120, '45-49': 50, '50-54': 35, '55+': 27 },
    commune: { schaerbeek: 160, etterbeek: 60, ixelles: 60, anderlecht: 50, bruxelles: 50, evere: 20, forest: 15, 'hors-bruxelles': 20, unknown: 7 },
    zone: { ouest: 50, centre: 50, 'nord-est': 180, sud: 15, 'sud-est': 120, 'hors-bruxelles': 20, unknown: 7 },
  },
  profilesAccompanied: {
    gender: { F: 150, M: 130, X: 4, U: 2, unknown: 3 },
    certificationAtEntry: { 0: 24, 1: 14, 2: 30, 3: 50, 4: 80, 5: 40, 6: 20, 7: 15, 8: 10, 9: 3, unknown: 3 },
    motivation: { emploi: 180, valorisation: 50, 'acces-profession': 30, formation: 20, autre: 9 },
    frenchLevel: { bon: 120, moyen: 110, faible: 50, inconnu: 9 },
    source: { 'mission-locale': 100, oisp: 20, esmi: 10, actiris: 60, cpas: 30, 'bouche-a-oreille': 50, 'centre-validation': 10, autre: 5, unknown: 4 },
    ageBand: { '<25': 40, '25-34': 90, '35-44': 80, '45-49': 35, '50-54': 25, '55+': 19 },
    commune: { schaerbeek: 100, etterbeek: 40, ixelles: 40, anderlecht: 30, bruxelles: 30, evere: 20, forest: 15, 'hors-bruxelles': 10, unknown: 4 },
    zone: { ouest: 30, centre: 30, 'nord-est': 120, sud: 15, 'sud-est': 80, 'hors-bruxelles': 10, unknown: 4 },
  },
  /** The fixed orders the tables must keep (code lists' order, every code, unknown last). */
  orders: {
    ageBand: ['<25', '25-34', '35-44', '45-49', '50-54', '55+', 'unknown'],
    gender: ['F', 'M', 'X', 'U', 'unknown'],
    zone: ['ouest', 'nord-ouest', 'centre', 'nord-est', 'sud', 'sud-est', 'hors-bruxelles', 'unknown'],
    motivation: ['emploi', 'valorisation', 'acces-profession', 'formation', 'autre', 'unknown'],
  },
  dataQuality: {
    asOf: '2024-12-31',
    staleAccompaniments: ['ga-ml-etterbeek-first-440', 'ga-ml-etterbeek-first-441'],
    testsWithoutResult: [417, 418, 419, 420, 421].map((index) => `gv-ml-etterbeek-registered-${index}`),
    candidatesMissingFields: [
      { candidateId: 'gp-150', missing: ['communeCode'] },
      { candidateId: 'gp-151', missing: ['communeCode'] },
      { candidateId: 'gp-152', missing: ['communeCode'] },
      { candidateId: 'gp-438', missing: ['source', 'communeCode'] },
      { candidateId: 'gp-439', missing: ['certificationAtEntry', 'source', 'communeCode'] },
      { candidateId: 'gp-440', missing: ['certificationAtEntry', 'source', 'communeCode'] },
      { candidateId: 'gp-441', missing: ['certificationAtEntry', 'source', 'communeCode'] },
    ],
    possibleDuplicates: [{ birthYear: '2001', candidateIds: ['gp-010', 'gp-011'] }],
  },
} as const;
