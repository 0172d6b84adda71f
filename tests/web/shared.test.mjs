// The page's shared reporter hub (wasm/npm/src/shared.js): two elements of one account share
// one reporter, and overlapping drains never release a deferred intent twice.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { hubFor, hubKey, resetHubs } from '../../wasm/npm/src/shared.js';

// A reporter shaped like core's client where it matters here: `flush` is not serialized
// against itself, so two overlapping flushes both see a queued report, both "deliver" it and
// both release its deferred intents (what two Reporter instances per page did).
function racyReporter() {
  const pending = new Set();
  const r = {
    flushes: 0,
    inFlight: 0,
    maxInFlight: 0,
    async submit(finished) {
      pending.add(finished.id);
      return { reportId: finished.id, performNow: [], deferred: ['block'] };
    },
    async flush() {
      r.flushes++;
      r.maxInFlight = Math.max(r.maxInFlight, ++r.inFlight);
      const due = [...pending];
      await new Promise((resolve) => setImmediate(resolve)); // the network round trip
      for (const id of due) pending.delete(id);
      r.inFlight--;
      return { delivered: due, released: due.map((reportId) => ({ reportId, intents: ['block'] })), waitUntilMs: null };
    },
  };
  return r;
}

class FakeElement extends EventTarget {
  isConnected = true;
}

function record(target, log) {
  target.addEventListener('tellsafe-intent', (e) => log.push({ at: target, ...e.detail }));
}

beforeEach(() => resetHubs());

test('two elements of one account share one reporter; a deferred intent is emitted exactly once', async () => {
  const page = new EventTarget();
  const a = new FakeElement();
  const b = new FakeElement();
  const log = [];
  [a, b, page].forEach((t) => record(t, log));
  let opened = 0;
  const reporter = racyReporter();
  const open = async () => { opened++; return reporter; };
  const hubA = hubFor(hubKey('https://api.example', 'kid-1'), open, () => page);
  const hubB = hubFor(hubKey('https://api.example', 'kid-1'), open, () => page);
  assert.equal(hubA, hubB, 'same hub for the same backend and account');
  await hubA.submit(a, { id: 'r1' });
  await hubB.submit(b, { id: 'r2' });
  // Both elements (and a "My reports" refresh) drain at once, as the page does after submits.
  await Promise.all([hubA.drain(), hubB.drain(), hubA.drain()]);
  assert.equal(opened, 1, 'one Reporter.open per page and account');
  assert.equal(reporter.maxInFlight, 1, 'flushes never overlap');
  const blocks = log.filter((e) => e.intent === 'block' && e.deferred);
  assert.deepEqual(blocks.map((e) => e.reportId).sort(), ['r1', 'r2'], 'each report released exactly once');
  assert.equal(blocks.find((e) => e.reportId === 'r1').at, a, 'on the submitting element');
  assert.equal(blocks.find((e) => e.reportId === 'r2').at, b);
  // Later drains find nothing more to release.
  await hubB.drain();
  assert.equal(log.filter((e) => e.intent === 'block').length, 2);
});

test('without the hub the same reporter releases twice (the race the hub prevents)', async () => {
  const reporter = racyReporter();
  await reporter.submit({ id: 'r1' });
  const [x, y] = await Promise.all([reporter.flush(), reporter.flush()]);
  assert.equal(x.released.length + y.released.length, 2);
});

test('a release for a closed element goes to the page; another account gets its own reporter', async () => {
  const page = new EventTarget();
  const a = new FakeElement();
  const log = [];
  [a, page].forEach((t) => record(t, log));
  const reporter = racyReporter();
  const hub = hubFor(hubKey('https://api.example', 'kid-1'), async () => reporter, () => page);
  await hub.submit(a, { id: 'r1' });
  a.isConnected = false; // the dialog closed before the receipt
  await hub.drain();
  assert.deepEqual(log.map((e) => [e.at === page, e.reportId]), [[true, 'r1']]);
  const other = hubFor(hubKey('https://api.example', 'kid-2'), async () => racyReporter(), () => page);
  assert.notEqual(other, hub);
});

test('a failed open is not cached: the next element opens again', async () => {
  const key = hubKey('https://api.example', 'kid-1');
  const first = hubFor(key, async () => { throw Object.assign(new Error('no'), { code: 'storage' }); }, () => null);
  await assert.rejects(first.ready);
  await new Promise((resolve) => setImmediate(resolve));
  const second = hubFor(key, async () => racyReporter(), () => null);
  assert.notEqual(second, first);
});
