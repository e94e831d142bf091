// The golden data set (docs/report-counting.md, "The golden test"): a deterministic year of records
// whose report must give the 2024 activity report's own self-consistent figures (docs/report-counting.md):
// SPOC 244/236, 120/120, 90/80, total 454/433; accompaniment 196/187/100, 75/74/40, 37/33/28,
// total 308/289; targets 135 % and 145 %; Walloon share 40/234; 442 persons reached; Etterbeek's
// funnel 68/61/34 and its modules FLE 42 and stress management 75. Where the report contradicts
// itself, the counting rules win (golden-expected.ts says where and why).
// Every figure is built from the declarations below (counts, index ranges), never from the report's
// code, so golden-expected.ts can state each one as a plain number.
// People are indexes 0..441 (gp-000…gp-441):
//   0..152   informed only (153)          153..432 informed and accompanied (280)
//   433..441 accompanied only: pathways carried over from 2023 (9)
import type { ReportTable, ReportTargetsInput } from '../types';

export const GOLDEN_PERIOD = { from: '2024-01-01', to: '2024-12-31' } as const;
export const GOLDEN_SITES = { A: 'ml-schaerbeek', B: 'ml-ixelles', C: 'ml-etterbeek' } as const;
export const GOLDEN_SITE_IDS = [GOLDEN_SITES.A, GOLDEN_SITES.B, GOLDEN_SITES.C] as const;
export const GOLDEN_SITE_NAMES: Record<string, string> = {
  [GOLDEN_SITES.A]: 'Mission Locale de Schaerbeek',
  [GOLDEN_SITES.B]: "Mission Locale d'Ixelles",
  [GOLDEN_SITES.C]: "Mission Locale d'Etterbeek",
};
/** Each Mission Locale is its own organisation. */
export const GOLDEN_ORGANISATIONS: Record<string, string> = {
  [GOLDEN_SITES.A]: 'org-schaerbeek',
  [GOLDEN_SITES.B]: 'org-ixelles',
  [GOLDEN_SITES.C]: 'org-etterbeek',
};
export const GOLDEN_TARGETS: ReportTargetsInput = {
  network: [{ year: 2024, spocPersons: 320, accompaniedPersons: 200 }],
  organisations: [{ organisationId: 'org-schaerbeek', year: 2024, spocPersons: 250, accompaniedPersons: 190 }],
  siteOrganisation: GOLDEN_ORGANISATIONS,
};

export interface GoldenRecord {
  table: ReportTable;
  id: string;
  siteId: string;
  data: Record<string, unknown>;
}

const pad = (n: number, width = 3) => String(n).padStart(width, '0');
export const personId = (index: number) => `gp-${pad(index)}`;
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** Expands [[code, count], …] to one code per position. */
const runs = <C>(declared: readonly (readonly [C, number])[]): C[] => declared.flatMap(([code, count]) => Array<C>(count).fill(code));

// ---- Profiles: declared per group, informed only (153 persons) and accompanied (289). null = not filled in.
type Runs = readonly (readonly [string | number | null, number])[];
export const PROFILE_RUNS: Record<'informedOnly' | 'accompanied', Record<string, Runs>> = {
  informedOnly: {
    gender: [['F', 80], ['M', 70], ['X', 2], ['U', 1]],
    certificationAtEntry: [[0, 10], [1, 10], [2, 20], [3, 30], [4, 40], [5, 20], [6, 10], [7, 5], [8, 5], [9, 3]],
    motivation: [['emploi', 100], ['valorisation', 30], ['formation', 23]],
    frenchLevel: [['bon', 70], ['moyen', 60], ['faible', 20], ['inconnu', 3]],
    source: [['mission-locale', 60], ['actiris', 40], ['bouche-a-oreille', 40], ['cpas', 13]],
    ageBand: [['<25', 30], ['25-34', 50], ['35-44', 40], ['45-49', 15], ['50-54', 10], ['55+', 8]],
    commune: [['schaerbeek', 60], ['etterbeek', 20], ['ixelles', 20], ['anderlecht', 20], ['bruxelles', 20], ['hors-bruxelles', 10], [null, 3]],
  },
  accompanied: {
    gender: [['F', 150], ['M', 130], ['X', 4], ['U', 2], [null, 3]],
    certificationAtEntry: [[0, 24], [1, 14], [2, 30], [3, 50], [4, 80], [5, 40], [6, 20], [7, 15], [8, 10], [9, 3], [null, 3]],
    motivation: [['emploi', 180], ['valorisation', 50], ['acces-profession', 30], ['formation', 20], ['autre', 9]],
    frenchLevel: [['bon', 120], ['moyen', 110], ['faible', 50], ['inconnu', 9]],
    source: [['mission-locale', 100], ['oisp', 20], ['esmi', 10], ['actiris', 60], ['cpas', 30], ['bouche-a-oreille', 50], ['centre-validation', 10], ['autre', 5], [null, 4]],
    ageBand: [['<25', 40], ['25-34', 90], ['35-44', 80], ['45-49', 35], ['50-54', 25], ['55+', 19]],
    commune: [['schaerbeek', 100], ['etterbeek', 40], ['ixelles', 40], ['anderlecht', 30], ['bruxelles', 30], ['evere', 20], ['forest', 15], ['hors-bruxelles', 10], [null, 4]],
  },
};
/** A birth date in each band on 31 December 2024 (two on a band's edge, one a birth year alone). */
const BIRTH: Record<string, string> = { '<25': '2001-03-10', '25-34': '1994-07-01', '35-44': '1984', '45-49': '1975-12-31', '50-54': '1974-12-31', '55+': '1960-01-15' };

/**
 * A name of its own for person `index`: three syllables whose consonants spell the index, so no two
 * persons share a name's sound (the data-quality panel compares look-alike names, docs/people-matching.md).
 */
function nameOf(index: number, vowel: 'a' | 'o'): string {
  const consonants = ['f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'r', 't'];
  const word = String(index).padStart(3, '0').split('').map((digit) => `${consonants[Number(digit)]}${vowel}`).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function candidates(): GoldenRecord[] {
  const informedOnly = Object.fromEntries(Object.entries(PROFILE_RUNS.informedOnly).map(([field, declared]) => [field, runs(declared)]));
  const accompanied = Object.fromEntries(Object.entries(PROFILE_RUNS.accompanied).map(([field, declared]) => [field, runs(declared)]));
  const records: GoldenRecord[] = [];
  for (let index = 0; index <= 441; index += 1) {
    const [values, position] = index < 153 ? [informedOnly, index] : [accompanied, index - 153];
    const at = (field: string) => values[field]?.[position] ?? null;
    const data: Record<string, unknown> = { firstName: nameOf(index, 'a'), lastName: nameOf(index, 'o') };
    const set = (field: string, value: unknown) => {
      if (value !== null && value !== undefined) data[field] = value;
    };
    set('gender', at('gender'));
    set('certificationAtEntry', at('certificationAtEntry'));
    set('motivation', at('motivation'));
    set('frenchLevel', at('frenchLevel'));
    set('source', at('source'));
    set('birthDate', BIRTH[String(at('ageBand'))]);
    set('communeCode', at('commune'));
    // Two files of one person nobody merged yet: the data-quality panel's possible duplicate.
    if (index === 10 || index === 11) Object.assign(data, { firstName: 'Amina', lastName: 'Diallo' });
    const siteId = index <= 235 ? GOLDEN_SITES.A : index <= 353 ? GOLDEN_SITES.B : GOLDEN_SITES.C;
    records.push({ table: 'candidates', id: personId(index), siteId, data });
  }
  // A file merged into gp-040: its action is gp-040's, no new person.
  records.push({ table: 'candidates', id: 'gp-merged', siteId: GOLDEN_SITES.A, data: { firstName: nameOf(40, 'a'), lastName: nameOf(40, 'o'), mergedInto: personId(40) } });
  // Informed in 2023 only: never reached in 2024.
  records.push({ table: 'candidates', id: 'gp-2023', siteId: GOLDEN_SITES.A, data: { firstName: 'Ancien', lastName: 'Vuvu', gender: 'M' } });
  return records;
}

// ---- SPOC: per site, collective sessions (named persons + head count), individual actions,
// mail/phone exchanges (named, or with nobody named: one contact each).
interface SpocPlan {
  siteId: string;
  collective: { named: number[]; headCount: number }[];
  individual: number[];
  mailNamed: (number | 'merged')[];
  mailUnnamed: number;
}
const SPOC_PLANS: SpocPlan[] = [
  {
    siteId: GOLDEN_SITES.A,
    collective: [0, 1, 2, 3].map((session) => ({ named: range(session * 10, session * 10 + 9), headCount: 5 })),
    individual: range(40, 235),
    mailNamed: ['merged', ...range(41, 73)],
    mailUnnamed: 10,
  },
  { siteId: GOLDEN_SITES.B, collective: [{ named: [234], headCount: 15 }], individual: range(235, 333), mailNamed: range(334, 353), mailUnnamed: 0 },
  {
    siteId: GOLDEN_SITES.C,
    collective: [
      { named: [233, 354, 355, 356, 357], headCount: 8 },
      { named: range(358, 362), headCount: 8 },
    ],
    individual: range(363, 432),
    mailNamed: range(363, 374),
    mailUnnamed: 6,
  },
];
/** The métier asked about, in the order of the actions (A, B then C; sessions, individual, mail). */
export const SPOC_METIER_RUNS: readonly (readonly [string, number])[] = [
  ['employe-administratif', 91], ['installateur-electricien-residentiel', 65], ['aide-menager', 58], ['agent-accueil', 52], ['magasinier', 47],
  ['aide-cuisinier-collectivite', 41], ['conducteur-chariot-elevateur', 36], ['ouvrier-polyvalent', 30], ['peintre-decorateur', 20], ['coiffeur', 14],
];

const dayOf2024 = (n: number) => `2024-${pad((n % 12) + 1, 2)}-${pad((n % 28) + 1, 2)}`;

function spocActions(): GoldenRecord[] {
  const metiers = runs(SPOC_METIER_RUNS);
  const records: GoldenRecord[] = [];
  let n = 0;
  const add = (siteId: string, kind: string, candidateIds: string[], headCount?: number) => {
    const data: Record<string, unknown> = { date: dayOf2024(n), kind, candidateIds, metiers: [metiers[n]] };
    if (headCount !== undefined) data.headCount = headCount;
    records.push({ table: 'spocActions', id: `gs-${pad(n, 4)}`, siteId, data });
    n += 1;
  };
  for (const plan of SPOC_PLANS) {
    for (const session of plan.collective) add(plan.siteId, 'collective', session.named.map(personId), session.headCount);
    for (const index of plan.individual) add(plan.siteId, 'individuelle', [personId(index)]);
    for (const index of plan.mailNamed) add(plan.siteId, 'mail', [index === 'merged' ? 'gp-merged' : personId(index)]);
    for (let k = 0; k < plan.mailUnnamed; k += 1) add(plan.siteId, 'mail', []);
  }
  // Outside the period: never counted.
  const outside = (id: string, date: string, candidateIds: string[]) =>
    records.push({ table: 'spocActions', id, siteId: GOLDEN_SITES.A, data: { date, kind: 'individuelle', candidateIds, metiers: ['carreleur'] } });
  outside('gs-2023-a', '2023-12-31', ['gp-2023']);
  outside('gs-2023-b', '2023-06-01', [personId(0)]);
  outside('gs-2025-a', '2025-01-01', [personId(1), 'gp-2023']);
  return records;
}

// ---- Accompaniments: per site, each person's first pathway, then second pathways.
interface AccPlan {
  siteId: string;
  first: number[];
  second: number[];
  /** Métiers of the first pathways, then of the second ones, in order. */
  metiers: readonly (readonly [string, number])[];
  /** Persons whose first pathway started in 2023 (carried over). */
  carried: number[];
  /** Exits in 2024: reason (null = closed without a reason) of the listed pathways. */
  exits: { first?: number[]; second?: number[]; reasons: readonly (readonly [string | null, number])[] }[];
}
const ACC_PLANS: AccPlan[] = [
  {
    siteId: GOLDEN_SITES.A,
    first: range(153, 339),
    second: range(153, 161),
    metiers: [['employe-administratif', 69], ['aide-menager', 50], ['installateur-electricien-residentiel', 40], ['agent-accueil', 28], ['employe-administratif', 1], ['magasinier', 8]],
    carried: range(153, 192),
    exits: [
      { first: range(153, 172), reasons: [['titre-obtenu', 12], ['emploi', 5], ['reorientation', 3]] },
      { second: range(154, 161), reasons: [['emploi', 3], ['formation', 2], ['abandon', 2], [null, 1]] },
    ],
  },
  {
    siteId: GOLDEN_SITES.B,
    first: range(335, 408),
    second: [340],
    metiers: [['aide-menager', 30], ['employe-administratif', 25], ['coiffeur', 19], ['magasinier', 1]],
    carried: [],
    exits: [{ first: range(341, 350), reasons: [['emploi', 4], ['formation', 3], ['sante', 1], ['demenagement', 2]] }],
  },
  {
    siteId: GOLDEN_SITES.C,
    first: range(409, 441),
    second: range(409, 412),
    metiers: [['aide-cuisinier-collectivite', 20], ['employe-administratif', 13], ['boulanger-patissier', 4]],
    carried: range(433, 441),
    exits: [{ first: range(409, 413), reasons: [['titre-obtenu', 3], ['familial', 1], ['autre', 1]] }],
  },
];
const accId = (siteId: string, which: 'first' | 'second', index: number) => `ga-${siteId}-${which}-${pad(index)}`;

function accompaniments(): GoldenRecord[] {
  const records: GoldenRecord[] = [];
  for (const plan of ACC_PLANS) {
    const metiers = runs(plan.metiers);
    const exitOf = new Map<string, string | null>();
    for (const exit of plan.exits) {
      const reasons = runs(exit.reasons);
      (exit.first ?? []).forEach((index, k) => exitOf.set(accId(plan.siteId, 'first', index), reasons[k] ?? null));
      (exit.second ?? []).forEach((index, k) => exitOf.set(accId(plan.siteId, 'second', index), reasons[k] ?? null));
    }
    const list = [...plan.first.map((index) => ['first', index] as const), ...plan.second.map((index) => ['second', index] as const)];
    list.forEach(([which, index], position) => {
      const id = accId(plan.siteId, which, index);
      const carried = which === 'first' && plan.carried.includes(index);
      const data: Record<string, unknown> = {
        candidateId: personId(index),
        metier: metiers[position],
        startDate: carried ? (plan.siteId === GOLDEN_SITES.C ? '2023-03-01' : '2023-05-01') : which === 'first' ? '2024-02-01' : '2024-04-01',
        status: 'open',
      };
      if (exitOf.has(id)) {
        data.status = 'closed';
        data.exitDate = '2024-11-15';
        const reason = exitOf.get(id);
        if (reason) data.exitReason = reason;
      }
      records.push({ table: 'accompaniments', id, siteId: plan.siteId, data });
    });
  }
  // Closed before 2024 and opened after it: never counted.
  records.push({ table: 'accompaniments', id: 'ga-closed-2023', siteId: GOLDEN_SITES.A, data: { candidateId: personId(0), metier: 'carreleur', startDate: '2023-01-10', status: 'closed', exitDate: '2023-10-01', exitReason: 'emploi' } });
  records.push({ table: 'accompaniments', id: 'ga-2025', siteId: GOLDEN_SITES.A, data: { candidateId: personId(3), metier: 'carreleur', startDate: '2025-01-02', status: 'open' } });
  return records;
}

// ---- Validation attempts, on the first pathway of the person at that site.
interface StepPlan {
  siteId: string;
  /** One Titre each (UC1, passed 2024-06-10). */
  titre: number[];
  /** A second Titre (UC2). */
  secondTitre: number[];
  /** A failed test (UC3, 2024-03-10). */
  failed: number[];
  /** Titre steps registered in November 2023 (last year's cohort). */
  registered2023: number[];
  /** Registered in 2024, not a test taken: [index, result or null, test date]. */
  registeredOnly: [number, string | null, string][];
  /** Titre steps taken in a Walloon centre. */
  walloon: number[];
}
const STEP_PLANS: StepPlan[] = [
  {
    siteId: GOLDEN_SITES.A,
    titre: range(240, 339),
    secondTitre: [],
    failed: range(240, 257),
    registered2023: range(330, 339),
    registeredOnly: [
      ...range(258, 261).map((index): [number, string | null, string] => [index, 'absent', '2024-09-01']),
      ...range(262, 264).map((index): [number, string | null, string] => [index, 'reporte', '2024-09-01']),
      ...range(265, 279).map((index): [number, string | null, string] => [index, null, '2025-02-01']),
    ],
    walloon: range(240, 259),
  },
  {
    siteId: GOLDEN_SITES.B,
    titre: range(341, 375),
    secondTitre: [],
    failed: range(341, 360),
    registered2023: [],
    registeredOnly: range(361, 366).map((index): [number, string | null, string] => [index, null, '2025-01-20']),
    walloon: range(341, 350),
  },
  {
    siteId: GOLDEN_SITES.C,
    titre: range(409, 436),
    secondTitre: range(409, 414),
    failed: range(409, 435),
    registered2023: [],
    registeredOnly: [
      ...range(415, 416).map((index): [number, string | null, string] => [index, 'absent', '2024-10-01']),
      // Tests whose day has passed without a result: the data-quality panel lists them.
      ...range(417, 421).map((index): [number, string | null, string] => [index, null, '2024-12-10']),
    ],
    walloon: range(409, 418),
  },
];

function validationSteps(): GoldenRecord[] {
  const records: GoldenRecord[] = [];
  for (const plan of STEP_PLANS) {
    const step = (id: string, index: number, uc: string, data: Record<string, unknown>) =>
      records.push({
        table: 'validationSteps',
        id: `gv-${plan.siteId}-${id}-${pad(index)}`,
        siteId: plan.siteId,
        data: { accompanimentId: accId(plan.siteId, 'first', index), candidateId: personId(index), uc, centreName: 'Centre', centreRegion: 'bruxelles', ...data },
      });
    for (const index of plan.titre) {
      step('titre', index, 'UC1', {
        registrationDate: plan.registered2023.includes(index) ? '2023-11-15' : '2024-02-15',
        testDate: '2024-06-10',
        result: 'reussi',
        titreDate: '2024-07-01',
        centreRegion: plan.walloon.includes(index) ? 'wallonie' : 'bruxelles',
      });
    }
    for (const index of plan.secondTitre) step('titre2', index, 'UC2', { registrationDate: '2024-05-02', testDate: '2024-09-20', result: 'reussi' });
    for (const index of plan.failed) step('failed', index, 'UC3', { registrationDate: '2024-01-20', testDate: '2024-03-10', result: 'echoue' });
    for (const [index, result, testDate] of plan.registeredOnly) {
      step('registered', index, 'UC4', { registrationDate: '2024-08-01', testDate, ...(result ? { result } : {}) });
    }
  }
  return records;
}

// ---- Modules: sessions and roll calls (present / retard count; absent and inscrit do not).
interface SessionPlan {
  id: string;
  siteId: string;
  module: string;
  date: string;
  present: number[];
  late?: number[];
  notThere?: [number, string][];
}
const SESSION_PLANS: SessionPlan[] = [
  { id: 'a-stress', siteId: GOLDEN_SITES.A, module: 'soft-skills', date: '2024-03-05', present: range(153, 202) },
  { id: 'a-numerique', siteId: GOLDEN_SITES.A, module: 'numerique', date: '2024-04-05', present: range(203, 220), late: [221, 222] },
  { id: 'a-2023', siteId: GOLDEN_SITES.A, module: 'fle', date: '2023-12-01', present: range(153, 160) },
  { id: 'b-steam', siteId: GOLDEN_SITES.B, module: 'steam', date: '2024-05-05', present: range(341, 352) },
  { id: 'b-remise', siteId: GOLDEN_SITES.B, module: 'technique-remise-a-niveau', date: '2024-06-05', present: range(353, 360), notThere: [[361, 'absent-excuse']] },
  { id: 'c-stress-1', siteId: GOLDEN_SITES.C, module: 'soft-skills', date: '2024-02-12', present: range(354, 393) },
  { id: 'c-stress-2', siteId: GOLDEN_SITES.C, module: 'soft-skills', date: '2024-09-12', present: range(380, 420), late: range(421, 428) },
  { id: 'c-fle', siteId: GOLDEN_SITES.C, module: 'fle', date: '2024-10-07', present: [...range(396, 436), 439], notThere: [[440, 'absent'], [441, 'inscrit']] },
];

function modules(): GoldenRecord[] {
  const records: GoldenRecord[] = [];
  for (const plan of SESSION_PLANS) {
    const sessionId = `gm-${plan.id}`;
    records.push({ table: 'moduleSessions', id: sessionId, siteId: plan.siteId, data: { module: plan.module, title: plan.module, date: plan.date } });
    const row = (index: number, status: string) =>
      records.push({ table: 'attendance', id: `gt-${plan.id}-${pad(index)}`, siteId: plan.siteId, data: { sessionId, candidateId: personId(index), status } });
    for (const index of plan.present) row(index, 'present');
    for (const index of plan.late ?? []) row(index, 'retard');
    for (const [index, status] of plan.notThere ?? []) row(index, status);
  }
  return records;
}

/** Positionings of two carried-over pathways: their only activity in 2024 (so they are not "inactive"). */
function positionings(): GoldenRecord[] {
  return [437, 438].map((index) => ({
    table: 'positionings',
    id: `gq-${pad(index)}`,
    siteId: GOLDEN_SITES.C,
    data: {
      accompanimentId: accId(GOLDEN_SITES.C, 'first', index),
      candidateId: personId(index),
      questionnaireId: 'vdc-generic',
      questionnaireVersion: 1,
      startedAt: '2024-04-02T09:00:00.000+02:00',
      completedAt: '2024-04-02T10:00:00.000+02:00',
    },
  }));
}

/** Every record of the golden year, in a stable order. */
export function goldenRecords(): GoldenRecord[] {
  return [...candidates(), ...spocActions(), ...accompaniments(), ...validationSteps(), ...modules(), ...positionings()];
}

/** The ids of the two carried-over pathways with no activity at all in 2024. */
export const GOLDEN_STALE_ACCOMPANIMENTS = [accId(GOLDEN_SITES.C, 'first', 440), accId(GOLDEN_SITES.C, 'first', 441)];
