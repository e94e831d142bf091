// Login: online against the server, or offline by unwrapping the adviser's key with the password.
// When the last adviser enrolled the PIN unlock, it is offered first (ReopenWithPin); the ways to
// open the tablet again are explained below the form. Errors are said in words; an offline login
// is announced on the next screen.
import { Suspense, lazy, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../components/session/session-context';
import { Notice } from '../../components/Notice';
import { LabelledField } from '../../components/form/LabelledField';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useDocumentTitle } from '../../components/use-document-title';
import type { ReopenOptions } from '../../sync/workspace';
import { forgetLoginNotice, takeLoginNotice } from '../../sync/login-notice';
import { UnlockWays } from './UnlockWays';
import { SECRET_FIELD_AUTOCOMPLETE } from '../../components/secret-field';

// Offered only once the session service says a workspace may reopen, which loads the storage code
// first: loaded with it, not in the first screen's JavaScript (docs/performance.md).
const ReopenWithPin = lazy(async () => ({ default: (await import('./ReopenWithPin')).ReopenWithPin }));
const ReopenWithTabletLock = lazy(async () => ({ default: (await import('./ReopenWithTabletLock')).ReopenWithTabletLock }));

type LoginError = 'bad_credentials' | 'unknown_offline' | 'network' | 'server' | 'rate_limited' | 'missing';

interface LoginPageProps {
  /** Shown while a candidate's sitting waits for its adviser (the app passes candidate mode's screen). */
  sittingNotice?: ReactNode;
  /**
   * The one-shot notice the navigation here carried (`useLocationNotice`) and its dismissal. Passed
   * in rather than read here, so that the first screen can show this page before the router loads
   * (docs/performance.md, "The login before the router").
   */
  locationNotice?: [string | null, () => void];
}

const NO_NOTICE: [null, () => void] = [null, () => undefined];

export function LoginPage({ sittingNotice, locationNotice = NO_NOTICE }: LoginPageProps = {}) {
  const { t } = useTranslation();
  const { service, enter, enterReporter } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  const [notice, dismissNotice] = locationNotice;
  // A revoked tablet reloads onto this screen after wiping: the reason was left before the reload.
  const [storedNotice, setStoredNotice] = useState(takeLoginNotice);
  const [reopen, setReopen] = useState<ReopenOptions | null>(null);
  const [sittingWaits, setSittingWaits] = useState(false);
  useDocumentTitle(t('login.title'));

  useEffect(() => {
    let live = true;
    void (service.reopenOptions?.() ?? Promise.resolve(null))
      .catch(() => null)
      .then((options) => live && setReopen(options));
    void (service.sittingWaits?.() ?? Promise.resolve(false))
      .catch(() => false)
      .then((waits) => live && setSittingWaits(waits));
    return () => {
      live = false;
    };
  }, [service]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('missing');
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await service.signIn({ email: email.trim(), password }).catch(() => ({ ok: false as const, reason: 'server' as const }));
    setBusy(false);
    if (!outcome.ok) {
      // A network reporter has no workspace: the signed-in guard on /login opens the online report.
      if (outcome.reason === 'reporter') enterReporter(outcome.reporter);
      else setError(outcome.reason);
      return;
    }
    // The signed-in guard on /login then takes the adviser back where she was (with the offline notice).
    forgetLoginNotice();
    enter(outcome.workspace, { offline: outcome.offline });
  }

  return (
    <main id="main" className="login">
      <div className="login__card">
        <div className="login__top">
          <p className="login__app">{t('app.name')}</p>
          <LanguageSwitcher />
        </div>
        {sittingWaits ? sittingNotice : null}
        <h1>{t('login.title')}</h1>
        <p className="login__intro">{t('login.intro')}</p>
        {notice ? <Notice message={t(`notice.${notice}`)} onDismiss={dismissNotice} /> : null}
        {storedNotice ? <Notice message={t(`login.notice.${storedNotice}`)} onDismiss={() => {
              forgetLoginNotice();
              setStoredNotice(undefined);
            }} /> : null}
        <Suspense fallback={null}>
          {reopen?.tabletLock ? <ReopenWithTabletLock /> : null}
          {reopen?.pin ? <ReopenWithPin /> : null}
        </Suspense>
        {error ? <Notice tone="error" message={t(error === 'missing' ? 'login.missingFields' : `login.errors.${error}`)} /> : null}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <LabelledField id="login-email" label={t('login.email')}>
            <input
              id="login-email"
              className="input"
              type="email"
              name="email"
              // A shared tablet: the browser must not keep nor offer other advisers' addresses
              // (no form history, no username suggestion). The directory knows accounts by hash only.
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              inputMode="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
            />
          </LabelledField>
          <LabelledField id="login-password" label={t('login.password')}>
            <input
              id="login-password"
              className="input"
              type="password"
              name="password"
              autoComplete={SECRET_FIELD_AUTOCOMPLETE}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          </LabelledField>
          <button type="submit" className="button button--primary button--wide" disabled={busy}>
            {t(busy ? 'login.submitting' : 'login.submit')}
          </button>
        </form>
        <UnlockWays />
      </div>
    </main>
  );
}
