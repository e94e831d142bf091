// The signed-in screens' words in nl: every locale area but the first screen's, one chunk.
import { mergeAreas, type LocaleTree } from '../languages';

const files = import.meta.glob<LocaleTree>(['../locales/*/nl.json', '!../locales/{login,pwa,shell}/nl.json'], { eager: true, import: 'default' });

export default mergeAreas(files, 'nl');
