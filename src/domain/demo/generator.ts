// Fictional, deterministic demo data for Brussels sites: candidates with their whole history
// (SPOC actions, accompaniments, module sessions and attendance, validation attempts, notes),
// in the wire `data` shapes of ../entities.ts. Pure: same seed, same data. Never bundled in the app.
import { COMMUNE_CODES, METIER_CODES, MODULE_CODES, reference } from '../codes';
import type { SyncedTable } from '../tables';
import { addDays, daysBetween, seededRandom } from './random';
import type { Random } from './random';
import { randomPerson, randomPhone } from './people';

export interface DemoSite {
  id: string;
  name: string;
  kind: string;
  communeCode: string;
}

export interface DemoUser {
  id: string;
  name: string;
  role: 'adviser' | 'coordinator' | 'admin';
  siteIds: string[];
}

export interface DemoRecord {
  table: SyncedTable;
  id: string;
  siteId: string;
  data: Record<string, unknown>;
}

export interface DemoOptions {
  seed: number;
  sites?: DemoSite[];
  /** Advisers the history is attributed to; generated per site when absent. */
  advisers?: DemoUser[];
  candidatesPerSite?: number;
  /** First and last calendar day of the generated activity. */
  from?: string;
  until?: string;
}

export interface DemoData {
  sites: DemoSite[];
  users: DemoUser[];
  records: DemoRecord[];
}

export const DEFAULT_DEMO_SITES: DemoSite[] = [
  { id: 'ml-schaerbeek', name: 'Mission Locale de Schaerbeek', kind: 'mission-locale', communeCode: 'schaerbeek' },
  { id: 'ml-etterbeek', name: "Mission Locale d'Etterbeek", kind: 'mission-locale', communeCode: 'etterbeek' },
  { id: 'ml-ixelles', name: "Mission Locale d'Ixelles", kind: 'mission-locale', communeCode: 'ixelles' },
];

const BRUSSELS_CENTRES = ['Bruxelles Formation — Centre de validation Logistique', 'EFP — Centre de validation', 'Centre de validation Cefora', 'IFAPME Bruxelles — validation'];
const WALLOON_CENTRES = ['Centre de validation Forem Charleroi', 'IFAPME Namur', 'Centre de compétence Forem Liège'];
const OUTREACH_PLACES = ['CPAS — permanence emploi', 'Bibliothèque communale', 'Maison de quartier', 'OISP — atelier recherche emploi', 'Antenne Actiris'];
const NOTES = ['Souhaite des horaires compatibles avec la garde des enfants.', 'Attend une réponse pour l’équivalence de diplôme.', 'Rendez-vous déplacé, à recontacter.', 'Très motivé·e, expérience de 6 ans au pays.'];

/** Métiers a site accompanied in the 2024 report, or all of them for a site without history. */
function metiersOf(siteId: string): readonly string[] {
  const own = reference.vdc.metiers.filter((metier) => (metier.accompaniedBy2024 as readonly string[]).includes(siteId)).map((metier) => metier.code);
  return own.length > 0 ? own : METIER_CODES;
}

export function generateDemoData(options: DemoOptions): DemoData {
  const random = seededRandom(options.seed);
  const sites = options.sites ?? DEFAULT_DEMO_SITES;
  const from = options.from ?? '2023-01-09';
  const until = options.until ?? '2026-10-30';
  const users = options.advisers ?? sites.map((site) => ({ id: random.uuid(), name: `Conseiller·ère ${site.name}`, role: 'adviser' as const, siteIds: [site.id] }));
  const records: DemoRecord[] = [];
  const span = daysBetween(from, until);

  for (const site of sites) {
    const advisers = users.filter((user) => user.siteIds.includes(site.id)).map((user) => user.id);
    if (advisers.length === 0) advisers.push(random.uuid());
    const history = new SiteHistory(random, site, advisers, metiersOf(site.id), from, until, records);
    history.moduleSessions(Math.max(4, Math.round(span / 45)));
    const candidates = options.candidatesPerSite ?? 60;
    for (let index = 0; index < candidates; index += 1) history.candidate(addDays(from, random.int(0, span)));
    history.collectiveSessions(Math.max(2, Math.round(candidates / 12)));
  }
  return { sites, users, records };
}

class SiteHistory {
  private readonly sessions: { id: string; module: string; date: string }[] = [];
  private readonly candidateIds: string[] = [];

  constructor(
    private readonly random: Random,
    private readonly site: DemoSite,
    private readonly advisers: string[],
    private readonly metiers: readonly string[],
    private readonly from: string,
    private readonly until: string,
    private readonly out: DemoRecord[],
  ) {}

  private add(table: SyncedTable, data: Record<string, unknown>): string {
    const id = this.random.uuid();
    this.out.push({ table, id, siteId: this.site.id, data });
    return id;
  }

  moduleSessions(count: number): void {
    const { random } = this;
    for (let index = 0; index < count; index += 1) {
      const module = random.pick(MODULE_CODES);
      const date = addDays(this.from, random.int(0, daysBetween(this.from, this.until)));
      const morning = random.chance(0.6);
      const id = this.add('moduleSessions', {
        module,
        date,
        startTime: morning ? '09:30' : '13:30',
        endTime: morning ? '12:30' : '16:00',
        facilitator: random.pick(['Mme Lemaire', 'M. Benhaddou', 'Mme Verbruggen', 'M. Kasongo']),
        capacity: random.pick([8, 10, 12]),
      });
      this.sessions.push({ id, module, date });
    }
  }

  candidate(firstContact: string): void {
    const { random } = this;
    const person = randomPerson(random);
    const adviserId = random.pick(this.advisers);
    const year = random.int(1966, 2004);
    const candidate: Record<string, unknown> = {
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: random.chance(0.2) ? String(year) : addDays(`${year}-01-01`, random.int(0, 364)),
      gender: person.gender,
      communeCode: random.chance(0.55) ? this.site.communeCode : random.chance(0.9) ? random.pick(COMMUNE_CODES) : 'hors-bruxelles',
      languages: person.languages,
      frenchLevel: random.weighted([['bon', 3], ['moyen', 4], ['faible', 3], ['inconnu', 1]] as const),
      certificationAtEntry: person.schooledAbroad ? random.weighted([[5, 3], [6, 4], [7, 2], [9, 1]] as const) : random.weighted([[0, 2], [1, 2], [2, 3], [3, 2], [8, 1]] as const),
      source: random.weighted([['mission-locale', 4], ['cpas', 2], ['oisp', 2], ['actiris', 3], ['bouche-a-oreille', 3], ['esmi', 1], ['centre-validation', 1], ['autre', 1]] as const),
      motivation: random.weighted([['emploi', 6], ['valorisation', 2], ['acces-profession', 2], ['formation', 1], ['autre', 1]] as const),
      consent: { given: true, date: firstContact, scopes: random.chance(0.7) ? ['suivi', 'partage-centre', 'contact'] : ['suivi', 'contact'], recordedBy: adviserId },
    };
    if (random.chance(0.85)) candidate.phone = randomPhone(random);
    if (random.chance(0.3)) candidate.email = `${person.firstName}.${person.lastName}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase() + '@example.org';
    if (random.chance(0.15)) candidate.notes = random.pick(NOTES);
    const candidateId = this.add('candidates', candidate);
    this.candidateIds.push(candidateId);

    const metier = random.pick(this.metiers);
    const outcome = random.weighted([['accompagnement', 6], ['inscription-directe', 1], ['formation', 1], ['sans-suite', 2]] as const);
    this.add('spocActions', {
      date: firstContact,
      kind: random.weighted([['individuelle', 5], ['mail', 1]] as const),
      candidateIds: [candidateId],
      headCount: 0,
      metiers: random.chance(0.2) ? [metier, random.pick(this.metiers)].filter((code, index, all) => all.indexOf(code) === index) : [metier],
      outcome,
      adviserId,
      ...(random.chance(0.4) ? { outreachPlace: random.pick(OUTREACH_PLACES) } : {}),
    });
    // A person registered for a test agreed to share their file with the centre (consent-scopes.ts).
    if (outcome === 'accompagnement' && this.accompaniment(candidateId, metier, adviserId, addDays(firstContact, random.int(3, 30)))) {
      candidate.consent = { ...(candidate.consent as object), scopes: ['suivi', 'partage-centre', 'contact'] };
    }
    if (random.chance(0.2)) this.add('followUpNotes', { candidateId, date: addDays(firstContact, random.int(1, 60)), text: random.pick(NOTES) });
  }

  /** True when the person was registered for a test. */
  private accompaniment(candidateId: string, metier: string, adviserId: string, startDate: string): boolean {
    const { random } = this;
    if (startDate > this.until) return false;
    const accompanimentId = random.uuid();
    let lastDate = startDate;

    for (const session of this.sessions.filter((entry) => entry.date >= startDate && entry.date <= addDays(startDate, 150))) {
      if (!random.chance(0.35)) continue;
      const past = session.date <= this.until;
      const status = past ? random.weighted([['present', 7], ['retard', 1], ['absent-excuse', 1], ['absent', 1]] as const) : 'inscrit';
      this.add('attendance', { sessionId: session.id, candidateId, status, ...(status === 'present' || status === 'retard' ? { hours: status === 'present' ? 3 : 2 } : {}) });
    }

    const attempts = random.chance(0.7) ? random.weighted([[1, 6], [2, 3], [3, 1]] as const) : 0;
    let titre = false;
    let registered = false;
    for (let attempt = 0; attempt < attempts && !titre; attempt += 1) {
      const registrationDate = addDays(lastDate, random.int(20, 90));
      if (registrationDate > this.until) break;
      const testDate = addDays(registrationDate, random.int(14, 60));
      const walloon = random.chance(0.12);
      const step: Record<string, unknown> = {
        accompanimentId,
        candidateId,
        uc: random.chance(0.8) ? 'UC1' : 'UC2',
        centreName: random.pick(walloon ? WALLOON_CENTRES : BRUSSELS_CENTRES),
        centreRegion: walloon ? 'wallonie' : 'bruxelles',
        registrationDate,
        testDate,
      };
      if (testDate <= this.until) {
        step.result = random.weighted([['reussi', 6], ['echoue', 2], ['absent', 1], ['reporte', 1]] as const);
        titre = step.result === 'reussi';
        if (titre) step.titreDate = addDays(testDate, random.int(7, 30));
      }
      this.add('validationSteps', step);
      registered = true;
      lastDate = testDate;
    }

    const closable = addDays(lastDate, 30) <= this.until && (titre || random.chance(0.4));
    const exitDate = addDays(lastDate, random.int(1, 30));
    this.out.push({
      table: 'accompaniments',
      id: accompanimentId,
      siteId: this.site.id,
      data: {
        candidateId,
        metier,
        startDate,
        adviserId,
        status: closable ? 'closed' : 'open',
        ...(closable ? { exitDate, exitReason: titre ? 'titre-obtenu' : random.pick(['emploi', 'formation', 'sante', 'familial', 'demenagement', 'abandon', 'reorientation']) } : {}),
      },
    });
    return registered;
  }

  collectiveSessions(count: number): void {
    const { random } = this;
    for (let index = 0; index < count; index += 1) {
      this.add('spocActions', {
        date: addDays(this.from, random.int(0, daysBetween(this.from, this.until))),
        kind: 'collective',
        candidateIds: random.sample(this.candidateIds, random.int(0, 4)),
        headCount: random.int(3, 18),
        metiers: random.sample(this.metiers, random.int(1, 3)),
        adviserId: random.pick(this.advisers),
        outreachPlace: random.pick(OUTREACH_PLACES),
      });
    }
  }
}
