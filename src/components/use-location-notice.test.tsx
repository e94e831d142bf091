// The one-shot notice must never pull the adviser back: a screen that shows its notice late (its data
// still loading) while she has already moved on must not send her back to it.
import { act, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocationNotice } from './use-location-notice';

function Shown() {
  const [notice] = useLocationNotice();
  return <p>{notice ?? 'no notice'}</p>;
}

/** A screen whose notice reader mounts only once its data has arrived, like a person's file. */
const dataArrival = new EventTarget();
const arriveData = () => dataArrival.dispatchEvent(new Event('arrived'));
function LateScreen() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const arrived = () => setReady(true);
    dataArrival.addEventListener('arrived', arrived);
    return () => dataArrival.removeEventListener('arrived', arrived);
  }, []);
  return ready ? <Shown /> : <p>loading</p>;
}

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('useLocationNotice', () => {
  it('does not undo a navigation that began before the notice was shown', async () => {
    const listLoaded = deferred();
    const router = createBrowserRouter([
      { path: '/', element: <p>home</p> },
      { path: '/file', element: <LateScreen /> },
      {
        path: '/list',
        lazy: async () => {
          await listLoaded.promise;
          return { element: <h1>the list</h1> };
        },
      },
    ]);
    render(<RouterProvider router={router} />);
    await act(() => router.navigate('/file', { state: { notice: 'welcome back' } }));
    expect(screen.getByText('loading')).toBeTruthy();

    // The adviser moves on (the list's code still loading), then the file's data arrives.
    const toList = router.navigate('/list');
    act(() => arriveData());
    listLoaded.resolve();
    await act(() => toList);

    expect(router.state.location.pathname).toBe('/list');
    expect(await screen.findByRole('heading', { name: 'the list' })).toBeTruthy();
    router.dispose();
  });

  it('shows the notice once, and not again when the page is reloaded on that entry', async () => {
    const routes = [
      { path: '/', element: <p>home</p> },
      { path: '/file', element: <Shown /> },
    ];
    const router = createBrowserRouter(routes);
    const first = render(<RouterProvider router={router} />);
    await act(() => router.navigate('/file', { state: { notice: 'saved', from: '/candidats' } }));
    expect(screen.getByText('saved')).toBeTruthy();
    first.unmount();
    router.dispose();

    // A reload: a new router reads the same history entry.
    const reloaded = createBrowserRouter(routes);
    render(<RouterProvider router={reloaded} />);
    expect(reloaded.state.location.pathname).toBe('/file');
    expect(screen.getByText('no notice')).toBeTruthy();
    // The rest of the entry's state (the login screen's `from`) is kept.
    expect(reloaded.state.location.state).toEqual({ from: '/candidats' });
    reloaded.dispose();
  });
});
