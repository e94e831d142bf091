// The first screen's words (login, update banner, not found) in nl, loaded when it is the adviser's language.
import { mergeAreas, type LocaleTree } from '../languages';

const files = import.meta.glob<LocaleTree>('../locales/{login,pwa,shell}/nl.json', { eager: true, import: 'default' });

export default mergeAreas(files, 'nl');
