// What the network's métier catalogue starts from (server migration 0014_metier_catalogue writes
// it as synced records; docs/metier-catalogue.md). The 20 métiers of the 2024 activity report
// (reference/vdc.json), plus the automobile trades Ixelles took over, with the UCs known with
// confidence (aide-ménager UC1 and UC2) and the working UCs of the ten métiers with trade items
// in the positioning questionnaire (to confirm). Administrators complete and correct it on the
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

const HAIRDRESSING_UCS: readonly SeedUc[] = [
  { code: 'UC1', label: 'Accueillir le client, laver les cheveux et réaliser les soins' },
  { code: 'UC2', label: 'Réaliser une coupe' },
  { code: 'UC3', label: 'Réaliser un séchage et un coiffage' },
  { code: 'UC4', label: 'Réaliser une coloration' },
];

/**
 * The UCs known with confidence: the Consortium's titles of the aide-ménager trade. The others
 * (issue 22, so that the positioning's trade items can name the UC they inform) are working titles
 * to be confirmed by the administrators against the consortium's référentiels
 * (docs/positioning-items.md).
 */
const KNOWN_UCS: Record<string, readonly SeedUc[]> = {
  'aide-menager': [
    { code: 'UC1', label: "Réaliser les tâches d'entretien courant de la maison" },
    { code: 'UC2', label: "Assurer l'entretien du linge" },
  ],
  'employe-administratif': [
    { code: 'UC1', label: 'Traiter, classer et archiver des documents' },
    { code: 'UC2', label: "Produire des documents et encoder des données à l'ordinateur" },
    { code: 'UC3', label: "Gérer le courrier, les e-mails et l'agenda du service" },
  ],
  'installateur-electricien-residentiel': [
    { code: 'UC1', label: 'Préparer le chantier, lire les plans, placer les canalisations et les boîtiers' },
    { code: 'UC2', label: 'Raccorder les circuits, les prises, les interrupteurs et les points lumineux' },
    { code: 'UC3', label: "Équiper le tableau de distribution, mettre l'installation en service et la vérifier" },
  ],
  'jardinier-entretien': [
    { code: 'UC1', label: 'Entretenir les pelouses et les surfaces' },
    { code: 'UC2', label: 'Entretenir et planter les haies, arbustes et massifs' },
    { code: 'UC3', label: 'Utiliser et entretenir les machines en sécurité' },
  ],
  coiffeur: HAIRDRESSING_UCS,
  'coiffeur-autonome': HAIRDRESSING_UCS,
  'agent-accueil': [
    { code: 'UC1', label: 'Accueillir, informer et orienter les visiteurs' },
    { code: 'UC2', label: 'Traiter les appels téléphoniques et les messages' },
    { code: 'UC3', label: "Traiter le courrier et les tâches administratives de l'accueil" },
  ],
  estheticien: [
    { code: 'UC1', label: 'Réaliser des soins du visage' },
    { code: 'UC2', label: 'Réaliser des épilations' },
    { code: 'UC3', label: 'Réaliser des soins des mains et des pieds' },
    { code: 'UC4', label: 'Réaliser un maquillage' },
  ],
  'ouvrier-polyvalent': [
    { code: 'UC1', label: 'Réaliser des travaux simples de peinture et de finition' },
    { code: 'UC2', label: 'Réaliser des travaux simples de plomberie' },
    { code: 'UC3', label: "Réaliser des travaux simples d'électricité" },
    { code: 'UC4', label: 'Réaliser des travaux simples de menuiserie' },
  ],
  'peintre-decorateur': [
    { code: 'UC1', label: 'Préparer les supports (protéger, reboucher, poncer)' },
    { code: 'UC2', label: 'Appliquer les peintures' },
    { code: 'UC3', label: 'Poser des revêtements muraux (papier peint)' },
  ],
  'technicien-pc-reseaux': [
    { code: 'UC1', label: 'Assembler un ordinateur et diagnostiquer une panne' },
    { code: 'UC2', label: 'Installer et configurer le système, les logiciels et les périphériques' },
    { code: 'UC3', label: 'Installer et dépanner un petit réseau' },
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
