// Fictional people of Brussels: name pools by origin, with the spelling variants advisers meet
// (Mohamed/Mohammed, El/Al prefixes, compound Iberian and Guinean surnames). Any resemblance to
// real persons is coincidental: names are drawn at random from common-name lists.
import type { Random } from './random';

interface Origin {
  key: string;
  weight: number;
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
  languages: readonly string[];
  schooledAbroad: boolean;
}

export const ORIGINS: readonly Origin[] = [
  { key: 'maroc', weight: 16, female: ['Fatima', 'Khadija', 'Salma', 'Nadia', 'Imane', 'Samira', 'Hafsa'], male: ['Mohamed', 'Mohammed', 'Mohammad', 'Youssef', 'Karim', 'Said', 'Rachid', 'Anouar'], last: ['El Amrani', 'El Idrissi', 'Benali', 'Bouzid', 'El Khattabi', 'Azzouzi', 'Ait Lahcen', 'Ouali', 'Chaouki'], languages: ['ar', 'ber', 'fr'], schooledAbroad: true },
  { key: 'algerie', weight: 4, female: ['Amina', 'Lila', 'Yasmine', 'Nawel'], male: ['Mehdi', 'Sofiane', 'Djamel', 'Mohamed'], last: ['Benyahia', 'Boudiaf', 'Haddad', 'Mansouri', 'Al Ghazali'], languages: ['ar', 'fr'], schooledAbroad: true },
  { key: 'turquie', weight: 7, female: ['Elif', 'Ayşe', 'Zeynep', 'Emine', 'Hatice'], male: ['Mehmet', 'Mustafa', 'Emre', 'Hüseyin', 'Ahmet'], last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Öztürk', 'Çelik'], languages: ['tr'], schooledAbroad: true },
  { key: 'congo', weight: 8, female: ['Grâce', 'Christelle', 'Nadège', 'Merveille', 'Divine'], male: ['Patrick', 'Jean-Pierre', 'Dieudonné', 'Cédric', 'Glody'], last: ['Kabila Mbuyi', 'Tshibangu', 'Lukusa', 'Mbala', 'Kalonji', 'Ilunga'], languages: ['fr', 'ln', 'sw'], schooledAbroad: true },
  { key: 'guinee', weight: 5, female: ['Mariama', 'Aissatou', 'Fatoumata', 'Kadiatou'], male: ['Mamadou', 'Alpha', 'Ibrahima', 'Thierno'], last: ['Diallo', 'Barry', 'Bah', 'Sow', 'Diallo Bah', 'Camara'], languages: ['ff', 'fr'], schooledAbroad: true },
  { key: 'cameroun', weight: 4, female: ['Brenda', 'Laure', 'Sandrine'], male: ['Serge', 'Arnaud', 'Boris'], last: ['Nkoulou', 'Mbarga', 'Fotso', 'Tchoumi'], languages: ['fr', 'en'], schooledAbroad: true },
  { key: 'syrie', weight: 5, female: ['Rania', 'Lina', 'Hiba', 'Nour'], male: ['Ahmad', 'Omar', 'Khaled', 'Mohammad'], last: ['Al Hassan', 'Al-Khatib', 'Haddad', 'Al Masri', 'Darwish'], languages: ['ar', 'ku'], schooledAbroad: true },
  { key: 'afghanistan', weight: 4, female: ['Zahra', 'Mariam', 'Fereshta'], male: ['Ahmad', 'Hamid', 'Jawad', 'Farid'], last: ['Ahmadi', 'Rahimi', 'Hosseini', 'Noori'], languages: ['fa', 'ps'], schooledAbroad: true },
  { key: 'pologne', weight: 5, female: ['Agnieszka', 'Katarzyna', 'Magdalena'], male: ['Piotr', 'Tomasz', 'Krzysztof'], last: ['Kowalski', 'Nowak', 'Wiśniewska', 'Zieliński'], languages: ['pl'], schooledAbroad: true },
  { key: 'roumanie', weight: 7, female: ['Ioana', 'Elena', 'Mihaela', 'Andreea'], male: ['Ion', 'Andrei', 'Mihai', 'Florin'], last: ['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Popa'], languages: ['ro'], schooledAbroad: true },
  { key: 'bulgarie', weight: 3, female: ['Desislava', 'Maria', 'Svetla'], male: ['Georgi', 'Dimitar', 'Ivan'], last: ['Petrov', 'Ivanova', 'Dimitrov', 'Georgieva'], languages: ['bg', 'tr'], schooledAbroad: true },
  { key: 'albanie', weight: 3, female: ['Arta', 'Blerina', 'Elira'], male: ['Arben', 'Besnik', 'Ermal'], last: ['Hoxha', 'Krasniqi', 'Berisha', 'Shehu'], languages: ['sq'], schooledAbroad: true },
  { key: 'portugal', weight: 4, female: ['Ana', 'Maria João', 'Sofia'], male: ['João', 'Luís', 'Rui'], last: ['Pereira da Silva', 'Santos', 'Ferreira', 'Rodrigues Costa'], languages: ['pt'], schooledAbroad: true },
  { key: 'espagne', weight: 3, female: ['Carmen', 'Lucía', 'Rocío'], male: ['Javier', 'Carlos', 'José Antonio'], last: ['García López', 'Martínez', 'Fernández Ruiz', 'Sánchez'], languages: ['es'], schooledAbroad: true },
  { key: 'italie', weight: 3, female: ['Giulia', 'Francesca', 'Rosa'], male: ['Giuseppe', 'Marco', 'Salvatore'], last: ['Russo', 'Esposito', 'Romano', 'De Luca'], languages: ['it'], schooledAbroad: true },
  { key: 'belgique', weight: 14, female: ['Sarah', 'Julie', 'Laura', 'Manon', 'Aïcha', 'Inès'], male: ['Kevin', 'Thomas', 'Nicolas', 'Bilal', 'Ilias', 'Dylan'], last: ['Peeters', 'Janssens', 'Dubois', 'Lambert', 'Maes', 'El Ouahabi', 'Claes', 'Van den Broeck'], languages: ['fr', 'nl'], schooledAbroad: false },
  { key: 'ukraine', weight: 4, female: ['Olena', 'Iryna', 'Natalia', 'Oksana'], male: ['Oleksandr', 'Dmytro', 'Serhii'], last: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko'], languages: ['uk', 'ru'], schooledAbroad: true },
  { key: 'bresil', weight: 3, female: ['Ana Paula', 'Juliana', 'Fernanda'], male: ['Thiago', 'Rafael', 'Lucas'], last: ['Oliveira', 'Souza', 'Lima', 'Carvalho'], languages: ['pt', 'es'], schooledAbroad: true },
];

export interface Person {
  firstName: string;
  lastName: string;
  gender: 'F' | 'M' | 'X' | 'U';
  languages: string[];
  schooledAbroad: boolean;
}

export function randomPerson(random: Random): Person {
  const origin = random.weighted(ORIGINS.map((entry) => [entry, entry.weight] as const));
  const gender = random.weighted([['F', 52], ['M', 46], ['X', 1], ['U', 1]] as const);
  const firstNames = gender === 'F' ? origin.female : gender === 'M' ? origin.male : [...origin.female, ...origin.male];
  const languages = new Set(random.sample(origin.languages, random.int(1, origin.languages.length)));
  if (random.chance(0.35)) languages.add('fr');
  if (random.chance(0.1)) languages.add('en');
  return {
    firstName: random.pick(firstNames),
    lastName: random.pick(origin.last),
    gender,
    languages: [...languages],
    schooledAbroad: origin.schooledAbroad,
  };
}

export function randomPhone(random: Random): string {
  const digits = () => String(random.int(0, 99)).padStart(2, '0');
  return `+32 4${random.int(60, 99)} ${digits()} ${digits()} ${digits()}`;
}
