// Entry point: French UI, the real session service, the router, and the service worker.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { sessionService } from './app/session-service';
import { createI18n } from './i18n';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App i18n={createI18n('fr')} sessionService={sessionService} />
  </StrictMode>,
);
