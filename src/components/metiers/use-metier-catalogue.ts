// The network's métier catalogue and the sites' choices of métiers as the tablet holds them
// (synced tables `metiers` and `siteMetiers`, pulled by every account; docs/metier-catalogue.md).
// Read once per signed-in workspace by MetierCatalogueProvider (in the app's layout), so a screen
// with many pickers and labels still watches each table once. Before the first pull the catalogue
// is the seed, so a picker is never empty.
import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import { catalogueFromRecords, siteMetierCodes, type MetierCatalogue } from '../../domain/metiers/catalogue';
import { useWorkspace } from '../session/session-context';
import { useRecords } from '../use-records';

export interface MetierCatalogueView {
  catalogue: MetierCatalogue;
  /** The métiers a site accompanies (empty until its coordinators choose). */
  metiersOfSite(siteId: string | undefined): string[];
  /** False until both tables have answered once. */
  loaded: boolean;
}

const MetierCatalogueContext = createContext<MetierCatalogueView | undefined>(undefined);

export function MetierCatalogueProvider({ children }: { children: ReactNode }) {
  const workspace = useWorkspace();
  const repos = useMemo(() => ({ metiers: workspace.repo('metiers'), siteMetiers: workspace.repo('siteMetiers') }), [workspace]);
  const metiers = useRecords(repos.metiers);
  const siteMetiers = useRecords(repos.siteMetiers);
  const view = useMemo<MetierCatalogueView>(
    () => ({
      catalogue: catalogueFromRecords(metiers ?? []),
      metiersOfSite: (siteId) => (siteId ? siteMetierCodes(siteMetiers ?? [], siteId) : []),
      loaded: metiers !== undefined && siteMetiers !== undefined,
    }),
    [metiers, siteMetiers],
  );
  return createElement(MetierCatalogueContext.Provider, { value: view }, children);
}

export function useMetierCatalogue(): MetierCatalogueView {
  const view = useContext(MetierCatalogueContext);
  if (!view) throw new Error('useMetierCatalogue needs a MetierCatalogueProvider (the app layout has one)');
  return view;
}
