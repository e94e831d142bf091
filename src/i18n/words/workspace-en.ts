// The signed-in screens' words in en: every locale area but the first screen's, one chunk.
import { mergeAreas, type LocaleTree } from '../languages';

const files = import.meta.glob<LocaleTree>(['../locales/*/en.json', '!../locales/{login,pwa,shell}/en.json'], { eager: true, import: 'default' });

export default mergeAreas(files, 'en');
