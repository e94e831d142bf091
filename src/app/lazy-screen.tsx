// A screen whose code loads on its first visit (React.lazy inside Suspense), and what the adviser
// sees when that load or the screen itself fails: words and a way on, never a blank page. Every
// chunk is precached, but the service worker controls the page only from the load after the one
// that installed it: in a new tablet's first session taken offline, a screen not opened yet cannot
// load (docs/first-screen.md, "A screen that cannot load"). Storage the browser evicted, or an
// update deployed meanwhile, end the same way. "Réessayer", or the network coming back, imports it
// again: React.lazy keeps a failed import for good, so the retry makes a new one.
import { Component, Suspense, lazy, useEffect, useState, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../components/PageLoading';

export type ScreenLoad = () => Promise<{ Component: ComponentType }>;

interface BoundaryProps {
  onRetry: () => void;
  children: ReactNode;
}

class ScreenBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed onRetry={this.props.onRetry} /> : this.props.children;
  }
}

function ScreenFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  // The network back: the load is tried again by itself (the button stays for every other case).
  useEffect(() => {
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [onRetry]);
  return (
    <div role="alert" className="screen-failed">
      <p>{t('app.screenFailed')}</p>
      <p>{t('app.screenFailedHint')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}

function lazyOf(load: ScreenLoad) {
  return lazy(async () => ({ default: (await load()).Component }));
}

/**
 * One lazy component per screen, made once with the route (not during render, so a visit after the
 * first does not suspend again), and made anew only by a retry.
 */
class LoadedScreen {
  Screen: ComponentType;

  constructor(private readonly load: ScreenLoad) {
    this.Screen = lazyOf(load);
  }

  again(): void {
    this.Screen = lazyOf(this.load);
  }
}

function RetryableScreen({ loaded }: { loaded: LoadedScreen }) {
  const [attempt, setAttempt] = useState(0);
  const retry = () => {
    loaded.again();
    setAttempt((count) => count + 1);
  };
  return (
    <ScreenBoundary key={attempt} onRetry={retry}>
      <Suspense fallback={<PageLoading />}>
        <loaded.Screen />
      </Suspense>
    </ScreenBoundary>
  );
}

/** The screen `load` gives, loaded on its first render, with words and a retry if that fails. */
export function lazyScreen(load: ScreenLoad): ReactElement {
  return <RetryableScreen loaded={new LoadedScreen(load)} />;
}
