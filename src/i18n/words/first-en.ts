// The first screen's words (login, update banner, not found) in en, loaded when it is the adviser's language.
import { mergeAreas, type LocaleTree } from '../languages';

const files = import.meta.glob<LocaleTree>('../locales/{login,pwa,shell}/en.json', { eager: true, import: 'default' });

export default mergeAreas(files, 'en');
