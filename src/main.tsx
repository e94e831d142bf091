// Entry point: the last interface language used on this device (French by default; the others
// load on demand), the session service that loads the storage and sync code only when needed, the
// first screen (the login, then the router once it is needed: app/first-screen.tsx), and the
// service worker (in App).
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { lazySessionService } from './app/lazy-session-service';
import { createAppI18n } from './i18n/app-i18n';
import { lastUsedLanguage } from './i18n/language-preference';
import './app/styles.css';
import './app/first-paint.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const language = lastUsedLanguage();
document.documentElement.lang = language;
const i18n = await createAppI18n(language);

// Rendered as a transition: React then works in slices that let the page answer input, instead of
// one long task while the first screen and its data arrive.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} sessionService={lazySessionService} />
    </StrictMode>,
  );
});
