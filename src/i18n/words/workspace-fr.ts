// The signed-in screens' words in fr: every locale area but the first screen's, one chunk.
import { mergeAreas, type LocaleTree } from '../languages';

const files = import.meta.glob<LocaleTree>(['../locales/*/fr.json', '!../locales/{login,pwa,shell}/fr.json'], { eager: true, import: 'default' });

export default mergeAreas(files, 'fr');
