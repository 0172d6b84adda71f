// IndexedDB storage and key store for the core's outbox (DESIGN, "Outbox and delivery"):
// every write is its own transaction with durability "strict"; the 32-byte sealing key is kept
// wrapped (AES-GCM) by a non-extractable WebCrypto key, which IndexedDB stores as a CryptoKey
// object that script can use but never read out.

const STORE = 'r';
const KEYS = 'k';

function req(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });
}

/** Opens (or creates) the database `name` (neutral by default) and returns { storage, keyStore }. */
export async function openIndexedDb(name = 'ts-data') {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(STORE);
    open.result.createObjectStore(KEYS);
  };
  const db = await req(open);
  const write = async (store, fn) => {
    const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
    fn(tx.objectStore(store));
    await done(tx);
  };
  const read = (store, fn) => req(fn(db.transaction(store, 'readonly').objectStore(store)));

  const storage = {
    put: (n, bytes) => write(STORE, (s) => s.put(new Uint8Array(bytes), n)),
    get: async (n) => (await read(STORE, (s) => s.get(n))) ?? null,
    delete: (n) => write(STORE, (s) => s.delete(n)),
    list: async (prefix) =>
      (await read(STORE, (s) => s.getAllKeys())).filter((k) => typeof k === 'string' && k.startsWith(prefix)),
  };

  let sealing;
  const keyStore = {
    sealingKey: () => (sealing ??= loadSealingKey()),
  };
  async function loadSealingKey() {
    let wrapper = await read(KEYS, (s) => s.get('w'));
    let wrapped = await read(KEYS, (s) => s.get('s'));
    if (wrapper && wrapped) {
      const raw = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapped.iv }, wrapper, wrapped.data);
      return new Uint8Array(raw);
    }
    wrapper = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const key = crypto.getRandomValues(new Uint8Array(32));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, wrapper, key);
    await write(KEYS, (s) => {
      s.put(wrapper, 'w');
      s.put({ iv, data }, 's');
    });
    return key;
  }

  return { storage, keyStore, close: () => db.close() };
}
