// The columns an imported spreadsheet can fill, and the header names (French, Dutch, English)
// that propose each of them: compared without accents, case, punctuation or spacing.
export const IMPORT_FIELDS = [
  'lastName',
  'firstName',
  'birthDate',
  'gender',
  'phone',
  'email',
  'commune',
  'postalCode',
  'notes',
  'metier',
  'spocDate',
  'spocKind',
  'outreachPlace',
  'startDate',
  'exitDate',
  'exitReason',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Per column, the field it fills, or null when the column is left out. */
export type ColumnMapping = (ImportField | null)[];

const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  lastName: ['nom', 'nom de famille', 'achternaam', 'familienaam', 'naam', 'last name', 'surname'],
  firstName: ['prenom', 'voornaam', 'first name', 'given name'],
  birthDate: ['date de naissance', 'naissance', 'ne le', 'nee le', 'annee de naissance', 'geboortedatum', 'geboortejaar', 'birth date', 'date of birth', 'birth year'],
  gender: ['genre', 'sexe', 'geslacht', 'gender', 'sex'],
  phone: ['telephone', 'tel', 'gsm', 'portable', 'telefoon', 'telefoonnummer', 'phone', 'mobile'],
  email: ['email', 'e-mail', 'mail', 'courriel', 'adresse email', 'e-mailadres'],
  commune: ['commune', 'commune de residence', 'localite', 'ville', 'gemeente', 'woonplaats', 'municipality', 'city'],
  postalCode: ['code postal', 'cp', 'postcode', 'postal code', 'zip'],
  notes: ['remarque', 'remarques', 'notes', 'note', 'commentaire', 'commentaires', 'opmerking', 'opmerkingen', 'comments'],
  metier: ['metier', 'metier vise', 'metiers', 'beroep', 'job', 'trade', 'occupation'],
  spocDate: ['date info', 'date information', 'date de l information', 'date spoc', 'datum info', 'datum informatie', 'info date'],
  spocKind: ['type d info', 'type info', 'type information', 'type spoc', 'type infosessie', 'type informatie', 'info type'],
  outreachPlace: ['lieu', 'lieu de rencontre', 'lieu de permanence', 'plaats', 'locatie', 'place'],
  startDate: ['date debut accompagnement', 'debut accompagnement', 'date debut', 'date d entree', 'startdatum begeleiding', 'start begeleiding', 'startdatum', 'start date'],
  exitDate: ['date sortie', 'date de sortie', 'date fin accompagnement', 'datum uitstroom', 'einddatum', 'exit date', 'end date'],
  exitReason: ['motif de sortie', 'motif sortie', 'raison de sortie', 'reden uitstroom', 'reden einde', 'exit reason'],
};

/** Lower case, no accents, punctuation as spaces, single spaces. */
export function foldHeader(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9@]+/g, ' ')
    .trim();
}

const ALIAS_TO_FIELD = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const alias of HEADER_ALIASES[field]) ALIAS_TO_FIELD.set(foldHeader(alias), field);

/** The field a header name proposes, or null. */
export function fieldOfHeader(header: string): ImportField | null {
  return ALIAS_TO_FIELD.get(foldHeader(header)) ?? null;
}

/** The proposed mapping of a header row: each field taken by its first matching column only. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldOfHeader(header);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The template's header row (French names the proposal recognises) and one example row. */
export const TEMPLATE_HEADERS: Record<ImportField, string> = {
  lastName: 'Nom',
  firstName: 'Prénom',
  birthDate: 'Date de naissance',
  gender: 'Genre',
  phone: 'Téléphone',
  email: 'Email',
  commune: 'Commune',
  postalCode: 'Code postal',
  notes: 'Remarques',
  metier: 'Métier',
  spocDate: 'Date info',
  spocKind: "Type d'info",
  outreachPlace: 'Lieu',
  startDate: 'Date début accompagnement',
  exitDate: 'Date sortie',
  exitReason: 'Motif de sortie',
};

export const TEMPLATE_EXAMPLE: Record<ImportField, string> = {
  lastName: 'Exemple',
  firstName: 'Amina',
  birthDate: '15/03/1988',
  gender: 'F',
  phone: '0470 12 34 56',
  email: '',
  commune: 'Schaerbeek',
  postalCode: '1030',
  notes: '',
  metier: 'Aide-ménager(ère)',
  spocDate: '12/02/2025',
  spocKind: 'Information individuelle',
  outreachPlace: 'CPAS de Schaerbeek',
  startDate: '01/03/2025',
  exitDate: '',
  exitReason: '',
};

export function templateRows(): string[][] {
  return [IMPORT_FIELDS.map((field) => TEMPLATE_HEADERS[field]), IMPORT_FIELDS.map((field) => TEMPLATE_EXAMPLE[field])];
}
