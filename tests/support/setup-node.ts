// Node tests get an in-memory IndexedDB (fake-indexeddb) and Node's WebCrypto as `crypto`.
import 'fake-indexeddb/auto';
