// The accounts a coordinator or administrator manages, loaded online, with the changes they make.
// Every change answers with the updated account, which replaces the old one in the list.
import { useCallback, useEffect, useState } from 'react';
import type { AccountSummary } from '../../domain/accounts';
import type { AccountsApi } from '../../sync/accounts-api';

export interface AccountsState {
  accounts: AccountSummary[] | undefined;
  loadFailed: unknown;
  reload(): void;
  /** Replaces (or adds) an account after a change the server confirmed. */
  put(account: AccountSummary): void;
}

export function useAccounts(api: AccountsApi, online: boolean): AccountsState {
  const [accounts, setAccounts] = useState<AccountSummary[]>();
  const [loadFailed, setLoadFailed] = useState<unknown>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!online) return;
    let live = true;
    api.list().then(
      (list) => {
        if (!live) return;
        setAccounts(list);
        setLoadFailed(undefined);
      },
      (error: unknown) => live && setLoadFailed(error ?? new Error('load failed')),
    );
    return () => {
      live = false;
    };
  }, [api, online, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const put = useCallback((account: AccountSummary) => {
    setAccounts((previous) => {
      const others = (previous ?? []).filter((existing) => existing.id !== account.id);
      return [...others, account].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    });
  }, []);
  return { accounts, loadFailed, reload, put };
}
