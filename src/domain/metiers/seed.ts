// What the network's métier catalogue starts from (server migration 0014_metier_catalogue writes
// it as synced records; docs/metier-catalogue.md). The 20 métiers of the 2024 activity report
// (reference/vdc.json), plus the automobile trades Ixelles took over, with the UCs known with
// confidence (aide-ménager UC1 and UC2). Administrators complete and correct it on the
// catalogue screen: this constant is history once the migration ran, never edited to change data.
import vdc from '../reference/vdc.json';

export interface SeedUc {
  code: string;
  label: string;
}

export interface SeedMetier {
  code: string;
  labels: { fr: string; nl: string; en: string };
  ucs: readonly SeedUc[];
  /** Sites that accompanied it in the 2024 report (their starting choice of métiers). */
  accompaniedBy2024: readonly string[];
}

/** Dutch and English names of the 2024 list (the same words as locales/a11y codeList.metiers). */
const TRANSLATED: Record<string, { nl: string; en: string }> = {
  'agent-accueil': { nl: 'Onthaalmedewerker', en: 'Receptionist' },
  'aide-comptable': { nl: 'Boekhoudkundig assistent', en: 'Accounting assistant' },
  'aide-cuisinier-collectivite': { nl: 'Hulpkok in grootkeukens', en: 'Assistant cook in institutional catering' },
  'aide-menager': { nl: 'Huishoudhulp', en: 'Home help' },
  'boulanger-patissier': { nl: 'Bakker-banketbakker', en: 'Baker-pastry cook' },
  carreleur: { nl: 'Tegelzetter', en: 'Tiler' },
  coiffeur: { nl: 'Kapper', en: 'Hairdresser' },
  'coiffeur-autonome': { nl: 'Zelfstandig kapper', en: 'Self-employed hairdresser' },
  'conducteur-chariot-elevateur': { nl: 'Heftruckchauffeur', en: 'Forklift driver' },
  'employe-administratif': { nl: 'Administratief bediende', en: 'Administrative clerk' },
  estheticien: { nl: 'Schoonheidsspecialist', en: 'Beautician' },
  'installateur-electricien-residentiel': { nl: 'Residentieel elektrotechnisch installateur', en: 'Residential electrician' },
  'jardinier-entretien': { nl: 'Onderhoudstuinier', en: 'Maintenance gardener' },
  magasinier: { nl: 'Magazijnier', en: 'Warehouse worker' },
  'mediateur-numerique': { nl: 'Digitale bemiddelaar', en: 'Digital mediator' },
  'operateur-production-ligne': { nl: 'Productieoperator aan een industriële lijn', en: 'Production line operator' },
  'ouvrier-polyvalent': { nl: 'Polyvalent arbeider', en: 'General maintenance worker' },
  'peintre-decorateur': { nl: 'Schilder-decorateur', en: 'Painter-decorator' },
  'preparateur-viandes': { nl: 'Vleesbereider', en: 'Meat preparer' },
  'technicien-pc-reseaux': { nl: 'Technicus pc & netwerken', en: 'PC & network technician' },
};

/** The UCs known with confidence: the Consortium's titles of the aide-ménager trade. */
const KNOWN_UCS: Record<string, readonly SeedUc[]> = {
  'aide-menager': [
    { code: 'UC1', label: "Réaliser les tâches d'entretien courant de la maison" },
    { code: 'UC2', label: "Assurer l'entretien du linge" },
  ],
};

/**
 * Beyond the 2024 table: the automobile trades the Mission Locale d'Ixelles took over (titles as
 * the validation consortium names them; administrators confirm the exact wording and add the UCs).
 */
const BEYOND_2024: readonly SeedMetier[] = [
  {
    code: 'mecanicien-entretien-automobile',
    labels: { fr: "Mécanicien(ne) d'entretien automobile", nl: 'Onderhoudsmecanicien auto', en: 'Car maintenance mechanic' },
    ucs: [],
    accompaniedBy2024: [],
  },
  {
    code: 'mecanicien-polyvalent-automobile',
    labels: { fr: 'Mécanicien(ne) polyvalent(e) automobile', nl: 'Polyvalent automecanicien', en: 'General car mechanic' },
    ucs: [],
    accompaniedBy2024: [],
  },
  {
    code: 'carrossier',
    labels: { fr: 'Carrossier(ère)', nl: 'Carrosseriehersteller', en: 'Car body repairer' },
    ucs: [],
    accompaniedBy2024: [],
  },
];

export const METIER_SEED: readonly SeedMetier[] = [
  ...vdc.metiers.map((entry) => ({
    code: entry.code,
    labels: { fr: entry.fr, nl: TRANSLATED[entry.code]?.nl ?? entry.fr, en: TRANSLATED[entry.code]?.en ?? entry.fr },
    ucs: KNOWN_UCS[entry.code] ?? [],
    accompaniedBy2024: entry.accompaniedBy2024,
  })),
  ...BEYOND_2024,
];
