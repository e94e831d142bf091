// Reads everything an origin keeps in the browser — every IndexedDB database, store, key and value;
// every Cache Storage entry; localStorage, sessionStorage, cookies and the origin private file
// system — turns it into bytes and searches them for needles. Runs inside the page (the function
// handed to page.evaluate must be self-contained: no imports, no outer helpers).
import type { Page } from 'playwright-core';
import type { Needle } from './clear-text-needles';

export interface StorageHit {
  label: string;
  text: string;
  encoding: string;
  /** Where: `indexedDB <db> / <store> / key <key> / value.<path>`, `cache <name> / <url>`, … */
  where: string;
  /** How the leaf was turned into bytes: utf-8, utf-16le (strings) or raw (binary). */
  form: string;
}

export interface StoreStats {
  name: string;
  records: number;
  cryptoKeysSkipped: number;
}

export interface OriginScanReport {
  hits: StorageHit[];
  databases: { name: string; version: number; stores: StoreStats[] }[];
  caches: { name: string; entries: number; bodyBytes: number }[];
  localStorageKeys: number;
  sessionStorageKeys: number;
  opfsFiles: number;
  leaves: number;
  bytesSearched: number;
}

interface PageNeedle {
  label: string;
  text: string;
  encoding: string;
  bytes: number[];
}

async function scanInPage(needles: PageNeedle[]): Promise<OriginScanReport> {
  const report: OriginScanReport = {
    hits: [],
    databases: [],
    caches: [],
    localStorageKeys: 0,
    sessionStorageKeys: 0,
    opfsFiles: 0,
    leaves: 0,
    bytesSearched: 0,
  };
  const encoder = new TextEncoder();
  const needleBytes = needles.map((needle) => ({ needle, bytes: Uint8Array.from(needle.bytes) }));

  const contains = (haystack: Uint8Array, needle: Uint8Array): boolean => {
    const first = needle[0] ?? 0; // needles are never empty (see needlesFor)
    const last = haystack.length - needle.length;
    for (let start = haystack.indexOf(first); start !== -1 && start <= last; start = haystack.indexOf(first, start + 1)) {
      let i = 1;
      while (i < needle.length && haystack[start + i] === needle[i]) i += 1;
      if (i === needle.length) return true;
    }
    return false;
  };
  const searchBytes = (haystack: Uint8Array, where: string, form: string) => {
    report.leaves += 1;
    report.bytesSearched += haystack.length;
    for (const { needle, bytes } of needleBytes) {
      if (contains(haystack, bytes)) report.hits.push({ label: needle.label, text: needle.text, encoding: needle.encoding, where, form });
    }
  };
  const utf16le = (text: string): Uint8Array => {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      bytes[2 * i] = unit & 0xff;
      bytes[2 * i + 1] = unit >> 8;
    }
    return bytes;
  };
  const searchText = (text: string, where: string) => {
    searchBytes(encoder.encode(text), where, 'utf-8');
    searchBytes(utf16le(text), where, 'utf-16le');
  };

  let cryptoKeys = 0;
  const visit = async (value: unknown, where: string, seen: Set<object>): Promise<void> => {
    if (value === null || value === undefined) return;
    if (typeof value === 'string') return searchText(value, where);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return searchText(String(value), where);
    if (typeof value !== 'object') return;
    if (seen.has(value)) return;
    seen.add(value);
    // Key material is not data: it cannot be read out (non-extractable) and holds no record.
    if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) {
      cryptoKeys += 1;
      return;
    }
    if (value instanceof Date) return searchText(Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString(), where);
    if (value instanceof ArrayBuffer) return searchBytes(new Uint8Array(value), where, 'raw');
    if (ArrayBuffer.isView(value)) return searchBytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength), where, 'raw');
    if (value instanceof Blob) {
      if (value instanceof File) searchText(value.name, `${where}.name`);
      return searchBytes(new Uint8Array(await value.arrayBuffer()), where, 'raw');
    }
    if (value instanceof RegExp) return searchText(value.source, where);
    if (value instanceof Error) return searchText(`${value.name}: ${value.message}\n${value.stack ?? ''}`, where);
    if (value instanceof Map) {
      let index = 0;
      for (const [key, item] of value) {
        await visit(key, `${where}<key ${index}>`, seen);
        await visit(item, `${where}<${index}>`, seen);
        index += 1;
      }
      return;
    }
    if (value instanceof Set) {
      let index = 0;
      for (const item of value) await visit(item, `${where}{${(index += 1)}}`, seen);
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) await visit(value[i], `${where}[${i}]`, seen);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      searchText(key, `${where}.<name ${key}>`);
      await visit(item, `${where}.${key}`, seen);
    }
  };
  const keyLabel = (key: unknown): string => {
    try {
      return typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(key);
    } catch {
      return '?';
    }
  };
  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });

  // IndexedDB: every database the origin has, every store, every key and value.
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const name = info.name;
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const open = indexedDB.open(name);
      // The database vanished between listing and opening: do not create it.
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => (open.error?.name === 'AbortError' ? resolve(null) : reject(open.error));
    });
    if (!db) continue;
    db.onversionchange = () => db.close(); // never block the app's own upgrades
    searchText(name, `indexedDB <name ${name}>`);
    const storeNames = Array.from(db.objectStoreNames);
    const stores: StoreStats[] = [];
    if (storeNames.length > 0) {
      // Read raw rows in one readonly transaction; visiting (which may await Blob reads) comes after.
      const transaction = db.transaction(storeNames, 'readonly');
      const rows = await Promise.all(
        storeNames.map(async (storeName) => {
          const store = transaction.objectStore(storeName);
          const indexes = Array.from(store.indexNames).map((indexName) => {
            const index = store.index(indexName);
            return { indexName, keyPath: index.keyPath };
          });
          const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
          return { storeName, keyPath: store.keyPath, indexes, keys, values };
        }),
      );
      db.close();
      for (const { storeName, keyPath, indexes, keys, values } of rows) {
        const base = `indexedDB ${name} / ${storeName}`;
        searchText(storeName, `${base} <store name>`);
        await visit({ keyPath, indexes }, `${base} <schema>`, new Set());
        cryptoKeys = 0;
        for (let i = 0; i < keys.length; i += 1) {
          const label = `${base} / key ${keyLabel(keys[i])}`;
          await visit(keys[i], `${label} <key>`, new Set());
          await visit(values[i], `${label} / value`, new Set());
        }
        stores.push({ name: storeName, records: keys.length, cryptoKeysSkipped: cryptoKeys });
      }
    } else {
      db.close();
    }
    report.databases.push({ name, version: db.version, stores });
  }

  // Cache Storage: every cache, every request, every response (headers and body).
  if ('caches' in globalThis) {
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      const requests = await cache.keys();
      let bodyBytes = 0;
      searchText(cacheName, `cache <name ${cacheName}>`);
      for (const req of requests) {
        const base = `cache ${cacheName} / ${req.url}`;
        searchText(req.url, `${base} <url>`);
        const response = await cache.match(req);
        if (!response) continue;
        response.headers.forEach((headerValue, headerName) => searchText(`${headerName}: ${headerValue}`, `${base} <header ${headerName}>`));
        const body = new Uint8Array(await response.arrayBuffer());
        bodyBytes += body.length;
        searchBytes(body, `${base} <body>`, 'raw');
      }
      report.caches.push({ name: cacheName, entries: requests.length, bodyBytes });
    }
  }

  // Web Storage and cookies.
  for (const [label, storage] of [
    ['localStorage', localStorage],
    ['sessionStorage', sessionStorage],
  ] as const) {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i) ?? '';
      searchText(key, `${label} <key ${key}>`);
      searchText(storage.getItem(key) ?? '', `${label} / ${key}`);
    }
    if (label === 'localStorage') report.localStorageKeys = storage.length;
    else report.sessionStorageKeys = storage.length;
  }
  searchText(document.cookie, 'document.cookie');

  // The origin private file system, recursively.
  if (navigator.storage?.getDirectory) {
    type Entry = FileSystemHandle & { getFile?: () => Promise<File> };
    const walk = async (directory: FileSystemDirectoryHandle, path: string): Promise<void> => {
      const entries = (directory as unknown as { values(): AsyncIterable<Entry> }).values();
      for await (const entry of entries) {
        const entryPath = `${path}/${entry.name}`;
        searchText(entry.name, `opfs ${entryPath} <name>`);
        if (entry.kind === 'directory') await walk(entry as unknown as FileSystemDirectoryHandle, entryPath);
        else if (entry.getFile) {
          report.opfsFiles += 1;
          searchBytes(new Uint8Array(await (await entry.getFile()).arrayBuffer()), `opfs ${entryPath}`, 'raw');
        }
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
  }

  return report;
}

/** Scans the storage of the page's origin for every needle (see clear-text-needles.ts). */
export async function scanOriginStorage(page: Page, needles: Needle[]): Promise<OriginScanReport> {
  return page.evaluate(scanInPage, needles);
}

/** Writes `marker` in clear into each kind of origin storage; returns a function that removes what must not stay. */
export async function writeClearControls(page: Page, marker: string, controlDatabase: string): Promise<() => Promise<void>> {
  await page.evaluate(
    async ({ marker, controlDatabase }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(controlDatabase, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('clear');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('clear', 'readwrite');
        transaction.objectStore('clear').put({ note: marker }, 'control');
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      const cache = await caches.open('e2e-clear-control');
      await cache.put(new Request('/e2e-clear-control'), new Response(marker, { headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      localStorage.setItem('e2e-clear-control', marker);
      sessionStorage.setItem('e2e-clear-control', marker);
      const root = await navigator.storage.getDirectory();
      const writable = await (await root.getFileHandle('e2e-clear-control.txt', { create: true })).createWritable();
      await writable.write(marker);
      await writable.close();
    },
    { marker, controlDatabase },
  );
  // The control database stays (the on-disk scan needs it); the rest is removed.
  return async () => {
    await page.evaluate(async () => {
      await caches.delete('e2e-clear-control');
      localStorage.removeItem('e2e-clear-control');
      sessionStorage.removeItem('e2e-clear-control');
      await (await navigator.storage.getDirectory()).removeEntry('e2e-clear-control.txt');
    });
  };
}

/** Puts the IndexedDB control again (same database, same key), so it is among the log's last writes. */
export async function rewriteIndexedDbControl(page: Page, marker: string, controlDatabase: string): Promise<void> {
  await page.evaluate(
    async ({ marker, controlDatabase }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(controlDatabase, 1);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('clear', 'readwrite');
        transaction.objectStore('clear').put({ note: marker, again: true }, 'control');
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { marker, controlDatabase },
  );
}
