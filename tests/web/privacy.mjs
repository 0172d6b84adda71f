// Privacy in the browser (Debian's Chromium via playwright-core, same flags as e2e.mjs): a child
// types a canary into the free text of examples/web-demo and submits while the backend is
// unreachable (so the report waits in IndexedDB), then the network returns and it is delivered.
// Every IndexedDB record (keys and values, all databases), the Chromium profile directory and the
// backend's log are byte-grepped for the canary (UTF-8 and UTF-16): none may hold it; the backend
// must have received it. Prints "N passed, N failed".
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_ROOTS, assert, check, finish, launchPersistent, startBackend, until } from './harness.mjs';

const CANARY = 'CANARY-b5c2e0-browser-probe';

const { base: BASE, dir, proc: backend } = await startBackend({
  portBase: 19000, prefix: 'tellsafe-privacy-', env: { RUST_LOG: 'debug' }, log: 'backend.log',
});
const backendLog = join(dir, 'backend.log');

// Byte patterns of the canary: UTF-8 and UTF-16LE (Chromium stores some strings as UTF-16).
const PATTERNS = [Buffer.from(CANARY, 'utf8'), Buffer.from(CANARY, 'utf16le')];
const holds = (buf) => PATTERNS.some((p) => buf.indexOf(p) !== -1);
function grepTree(path, hits, count) {
  for (const name of readdirSync(path)) {
    const p = join(path, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) grepTree(p, hits, count);
    else if (st.isFile()) { count.n++; try { if (holds(readFileSync(p))) hits.push(p); } catch { /* sockets, locks */ } }
  }
  return hits;
}

async function reviewer(method, path) {
  const res = await fetch(`${BASE}${path}`, { method, headers: { authorization: 'Bearer reviewer-token' } });
  return { status: res.status, body: await res.json().catch(() => null) };
}

// Every record of every IndexedDB database of the page, keys and values, as bytes.
async function dumpIndexedDb(page) {
  return page.evaluate(async () => {
    const out = [];
    const toText = (v) => {
      if (v instanceof ArrayBuffer) return Array.from(new Uint8Array(v), (b) => String.fromCharCode(b)).join('');
      if (ArrayBuffer.isView(v)) return Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), (b) => String.fromCharCode(b)).join('');
      if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}=${toText(x)}`).join(';');
      return String(v);
    };
    for (const info of await indexedDB.databases()) {
      const db = await new Promise((r, j) => { const o = indexedDB.open(info.name); o.onsuccess = () => r(o.result); o.onerror = j; });
      for (const store of db.objectStoreNames) {
        const [keys, values] = await Promise.all(['getAllKeys', 'getAll'].map((m) => new Promise((r) => {
          const q = db.transaction(store).objectStore(store)[m](); q.onsuccess = () => r(q.result);
        })));
        keys.forEach((k, i) => out.push(`${info.name}/${store}/${toText(k)}: ${toText(values[i])}`));
      }
      db.close();
    }
    return out;
  });
}

const profile = join(dir, 'profile');
const ctx = await launchPersistent(profile);
await ctx.addInitScript(OPEN_ROOTS);
await ctx.addInitScript(() => document.addEventListener('tellsafe-delivered', () => { window.__delivered = (window.__delivered ?? 0) + 1; }, true));
const page = await ctx.newPage();
let records = [];

await check('a report with the canary is queued offline, then delivered', async () => {
  await page.route('**/v1/**', (r) => r.abort());
  await page.goto(`${BASE}/?locale=en&band=13-15&country=GB&account=demo&token=demo-token`);
  await page.waitForSelector('html[data-ready=true]', { timeout: 15000 });
  await page.locator('#msg-7 button.report').click();
  const inRoot = (sel) => `tellsafe-report >> ${sel}`;
  let typed = false;
  for (let i = 0; i < 20; i++) {
    await until(page, () => document.querySelector('tellsafe-report')?.shadowRoot?.getElementById('title'));
    const s = await page.evaluate(() => {
      const root = document.querySelector('tellsafe-report').shadowRoot;
      return {
        title: root.getElementById('title')?.textContent ?? '',
        choose: [...root.querySelectorAll('[data-choose]')].map((b) => b.dataset.choose),
        many: [...root.querySelectorAll('input[type=checkbox]')].length,
        text: !!root.getElementById('free'),
        next: !!root.querySelector('[data-next]'),
      };
    });
    if (!s.choose.length && !s.many && !s.text && !s.next) break;
    if (s.choose.length) await page.locator(inRoot(`[data-choose="${s.choose.includes('bullying') ? 'bullying' : s.choose[0]}"]`)).click();
    else {
      if (s.many) await page.locator(inRoot('input[type=checkbox]')).first().check();
      if (s.text) { await page.locator(inRoot('#free')).fill(`He keeps messaging me ${CANARY}`); typed = true; }
      await page.locator(inRoot('[data-next]')).click();
    }
    await until(page, (t) => document.querySelector('tellsafe-report')?.shadowRoot?.getElementById('title')?.textContent !== t, s.title, 5000).catch(() => {});
  }
  assert(typed, 'the flow offered a free-text step');
  records = await dumpIndexedDb(page);
  assert(records.some((r) => r.includes('/o')), `the report waits in IndexedDB: ${records.map((r) => r.split(':')[0])}`);
  const before = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
  await page.unroute('**/v1/**');
  await page.evaluate(() => window.refreshMine());
  // The element says `tellsafe-delivered` once the backend's receipt is verified.
  await until(page, () => (window.__delivered ?? 0) > 0);
  const after = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
  assert(after === before + 1, `the queued report arrived (${before} -> ${after})`);
  const caseId = (await reviewer('GET', '/v1/console/queue')).body.cases.at(-1).case_id;
  const detail = await reviewer('GET', `/v1/console/cases/${caseId}`);
  assert(JSON.stringify(detail.body.report).includes(CANARY), 'the backend received the free text');
});

await check('IndexedDB (while queued and after delivery) holds no canary', async () => {
  const queued = records.filter((r) => PATTERNS.some((p) => r.includes(p.toString('latin1'))) || r.includes(CANARY));
  assert(records.length > 0, 'records were dumped');
  assert(queued.length === 0, `plaintext canary in IndexedDB while queued: ${queued.map((r) => r.split(':')[0])}`);
  const later = await dumpIndexedDb(page);
  assert(!later.some((r) => r.includes(CANARY)), 'plaintext canary in IndexedDB after delivery');
  writeFileSync(join(dir, 'indexeddb-dump.txt'), [...records, ...later].join('\n'), 'latin1');
  assert(!holds(readFileSync(join(dir, 'indexeddb-dump.txt'))), 'dump bytes hold the canary');
});

await ctx.close();
backend.kill('SIGTERM');
await new Promise((r) => backend.on('exit', r));

await check('the browser profile directory holds no canary', async () => {
  const count = { n: 0 };
  const hits = grepTree(profile, [], count);
  assert(count.n > 10, `profile has files (${count.n})`);
  assert(hits.length === 0, `canary bytes in ${hits.join(', ')}`);
});

await check("the backend's debug log holds no canary", async () => {
  const log = readFileSync(backendLog);
  assert(log.length > 100, 'the backend logged');
  assert(!holds(log), 'canary in the backend log');
});

finish();
