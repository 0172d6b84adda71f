// Typed wrappers over the wasm bindings: JSON in and out of Rust, objects for callers.
// Shared by the browser entry (web.js) and the Node entry (node.js).

export function makeApi(b) {
  const negotiateLocale = (locales, allowDraftLocales = false) =>
    JSON.parse(b.negotiateLocale(JSON.stringify(locales), allowDraftLocales));

  class Session {
    constructor(inner) { this.inner = inner; }
    current() { return JSON.parse(this.inner.current()); }
    answer(answer) { this.inner.answer(JSON.stringify(answer)); }
    back() { this.inner.back(); }
    quickExit() { this.inner.quickExit(); }
    get isExited() { return this.inner.isExited; }
    get locale() { return this.inner.locale; }
    state() { return JSON.parse(this.inner.state()); }
    toReport(appVersion, nowMs = Date.now()) { return JSON.parse(this.inner.toReport(appVersion, nowMs)); }
    free() { this.inner.free(); }
  }

  class Wizard {
    constructor(config) { this.inner = new b.WebWizard(JSON.stringify(config)); }
    get locale() { return JSON.parse(this.inner.locale); }
    start(context) { return new Session(this.inner.start(JSON.stringify(context))); }
    resume(state) { return new Session(this.inner.resume(JSON.stringify(state))); }
    text(id, args = {}) { return this.inner.text(id, JSON.stringify(args)); }
    statusView(status, outcomes, band, app) {
      return JSON.parse(this.inner.statusView(status, JSON.stringify(outcomes ?? []), band, app));
    }
    free() { this.inner.free(); }
  }

  class Reporter {
    constructor(inner) { this.inner = inner; }
    // Core's client: `wizard` lends its negotiated status copy.
    static async open(config, storage, keyStore, wizard, send = fetchSend) {
      return new Reporter(await b.Reporter.open(JSON.stringify(config), storage, keyStore, send, wizard.inner.textHandle()));
    }
    /** New `Authorization` header for later requests (the page refreshed its token). */
    setAuthorization(header) { this.inner.setAuthorization(header); }
    async submit(finished) { return JSON.parse(await this.inner.submit(JSON.stringify(finished))); }
    async flush() { return JSON.parse(await this.inner.flush()); }
    async myReports() { return JSON.parse(await this.inner.myReports()); }
    async refresh() { return JSON.parse(await this.inner.refresh()); }
    async status(reportId) { return JSON.parse(await this.inner.status(reportId)); }
    async preserveLocally(reportId) { return JSON.parse(await this.inner.preserveLocally(reportId)); }
    quickExit() { return this.inner.quickExit(); }
    forgetOnDevice(reportId = null) { return this.inner.forgetOnDevice(reportId); }
  }

  const signRequest = async (input) => JSON.parse(await b.signRequest(JSON.stringify(input)));
  const bandKey = (band, role = 'self') => b.bandKey(band, role);

  return { negotiateLocale, Wizard, Session, Reporter, signRequest, bandKey, coreVersion: b.coreVersion };
}

// One HTTP exchange for the reporter: no redirects to other origins, no credentials, bytes out.
export async function fetchSend(method, url, headers, body) {
  const res = await fetch(url, {
    method,
    headers: new Headers(headers),
    body: body ?? undefined,
    redirect: 'error',
    credentials: 'omit',
    cache: 'no-store',
  });
  return { status: res.status, headers: [...res.headers], body: new Uint8Array(await res.arrayBuffer()) };
}
