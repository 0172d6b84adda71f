// One core client (Reporter) per (backend URL, account) on a page, and one delivery loop per
// client. Core's `flush` is not serialized against itself: two overlapping flushes of the same
// outbox could both send a report and both release its deferred intents (a `block` emitted
// twice). Every element of the page therefore shares the hub below; its `drain` runs one flush
// at a time and folds the calls that arrive meanwhile into one more pass.
// No DOM here beyond `dispatchEvent` on the targets handed in, so Node tests can drive it.

/** Never retry sooner than this (ms): core's backoff asks for later; this only bounds a clock skew. */
export const MIN_RETRY_MS = 1000;

const hubs = new Map();

/** The key two elements share a reporter by. */
export const hubKey = (backendUrl, account) => JSON.stringify([backendUrl ?? '', account ?? '']);

/**
 * The page's hub for `key`; `open()` (returning a Promise of a Reporter) runs only for the
 * first caller. `fallback()` names the event target for reports whose element has gone (the
 * document in a browser).
 */
export function hubFor(key, open, fallback) {
  let hub = hubs.get(key);
  if (!hub) {
    hub = new Hub(open(), fallback);
    hubs.set(key, hub);
    // A failed open (bad key, storage refused) must not poison the page: the next element retries.
    hub.ready.catch(() => { if (hubs.get(key) === hub) hubs.delete(key); });
  }
  return hub;
}

/** Forgets every hub (tests). */
export function resetHubs() {
  for (const hub of hubs.values()) clearTimeout(hub.timer);
  hubs.clear();
}

export class Hub {
  constructor(ready, fallback) {
    /** Promise of the shared Reporter. */
    this.ready = ready;
    this.fallback = fallback;
    this.owners = new Map(); // reportId -> the element that submitted it (this page load only)
    this.running = null;
    this.again = false;
    this.timer = undefined;
  }

  /**
   * Hands the shared reporter the page's current token (the elements' `token` attribute).
   * The reporter is shared, so the latest token given wins; reports refused as `auth_expired`
   * with an older one wait in the outbox and go out on the next drain.
   */
  async authorize(token) {
    (await this.ready).setAuthorization(`Bearer ${token ?? ''}`);
  }

  /** Submits through the shared reporter and remembers which element owns the report. */
  async submit(owner, finished) {
    const sent = await (await this.ready).submit(finished);
    this.owners.set(sent.reportId, owner);
    return sent;
  }

  #target(reportId) {
    const el = this.owners.get(reportId);
    return el?.isConnected ? el : this.fallback();
  }

  #emit(reportId, name, detail) {
    const target = this.#target(reportId);
    target?.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /**
   * Delivers what is due, one flush at a time. Released deferred intents are emitted once, as
   * `tellsafe-intent` on the submitting element (or the fallback target once it is gone), and
   * each delivered report as `tellsafe-delivered`. Resolves when this drain is over.
   */
  drain() {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.#loop().finally(() => { this.running = null; });
    return this.running;
  }

  async #loop() {
    try {
      const reporter = await this.ready;
      do {
        this.again = false;
        clearTimeout(this.timer);
        const r = await reporter.flush();
        for (const released of r.released) {
          for (const intent of released.intents) {
            this.#emit(released.reportId, 'tellsafe-intent', { reportId: released.reportId, intent, deferred: true });
          }
        }
        for (const reportId of r.delivered) this.#emit(reportId, 'tellsafe-delivered', { reportId });
        if (r.waitUntilMs) {
          this.timer = setTimeout(() => this.drain(), Math.max(MIN_RETRY_MS, r.waitUntilMs - Date.now()));
        }
      } while (this.again);
    } catch (e) {
      console.error('tellsafe: delivery', e?.code ?? 'unknown');
    }
  }
}
