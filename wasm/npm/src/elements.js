// <tellsafe-report> and <tellsafe-my-reports>: framework-free custom elements over the wizard.
// Every word a child sees comes from the core's Fluent messages (step views, `wizard.text`);
// the only English here is in developer-facing errors.
import { init, assetsBase as defaultAssets, openIndexedDb } from '../web.js';
import { hubFor, hubKey } from './shared.js';

const STYLE = `
:host { display: block; font: var(--tellsafe-font, 1.125rem/1.5 system-ui, sans-serif);
  color: var(--tellsafe-fg, #1b1b1f); }
.card { background: var(--tellsafe-bg, #fff); border-radius: var(--tellsafe-radius, 16px);
  padding: 1rem 1.25rem; max-width: 34rem; box-shadow: 0 2px 12px #0002; }
.bar { display: flex; flex-wrap: wrap; gap: .5rem; justify-content: space-between; align-items: center; }
button, textarea { font: inherit; }
button { min-height: 44px; min-width: 44px; border-radius: 12px; border: 2px solid var(--tellsafe-border, #5a5a66);
  background: var(--tellsafe-button-bg, #fff); color: inherit; padding: .5rem 1rem; cursor: pointer; }
button:focus-visible, textarea:focus-visible, h2:focus-visible { outline: 3px solid var(--tellsafe-focus, #1a5fd0); outline-offset: 2px; }
.primary { background: var(--tellsafe-accent, #1a5fd0); border-color: var(--tellsafe-accent, #1a5fd0); color: var(--tellsafe-on-accent, #fff); }
.exit { background: var(--tellsafe-exit-bg, #fff); border-color: var(--tellsafe-exit, #a1262b); color: var(--tellsafe-exit, #a1262b); }
.help { background: var(--tellsafe-help-bg, #fff6d6); border-color: #7a5b00; }
.options { display: grid; gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.options button, .options label { width: 100%; text-align: start; display: flex; gap: .75rem; align-items: center; min-height: 56px; }
.options label { border: 2px solid var(--tellsafe-border, #5a5a66); border-radius: 12px; padding: .5rem 1rem; box-sizing: border-box; }
.options input { width: 28px; height: 28px; }
svg { flex: none; }
progress { width: 100%; height: 8px; }
.notice { background: #eef3ff; border-left: 4px solid #1a5fd0; padding: .5rem .75rem; margin: .5rem 0; }
.helpbox { background: #fff6d6; border-radius: 12px; padding: .75rem; margin: .5rem 0; }
textarea { width: 100%; min-height: 8rem; box-sizing: border-box; border-radius: 12px; border: 2px solid var(--tellsafe-border, #5a5a66); padding: .5rem; }
h2 { font-size: 1.35rem; margin: .75rem 0 .25rem; }
.plain { border: 0; padding: 0; margin: 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ul.lines { padding-inline-start: 1.25rem; }
`;

// One constructed stylesheet adopted by every shadow root: no style element and no style
// attribute, so pages need no 'unsafe-inline' in their style-src (adopted sheets are not
// subject to it), and the rules are parsed once per page rather than once per render.
let sheetOnce;
function sheet() {
  if (!sheetOnce) {
    sheetOnce = new CSSStyleSheet();
    sheetOnce.replaceSync(STYLE);
  }
  return sheetOnce;
}

// Neutral geometric icons (no faces, no emoji), one per icon id in the flow; decorative only.
const SHAPES = {
  'icon-shield': 'M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z',
  'icon-heart': 'M12 21l-8-8a5 5 0 017-7l1 1 1-1a5 5 0 017 7z',
  'icon-warning': 'M12 2l10 19H2zM11 9h2v6h-2zm0 8h2v2h-2z',
  'icon-lock': 'M6 10V7a6 6 0 0112 0v3h1v12H5V10zm2 0h8V7a4 4 0 00-8 0z',
  'icon-speech': 'M3 4h18v12H8l-5 4z',
  'icon-check': 'M4 12l5 5L20 6l-2-2-9 9-3-3z',
};
const DEFAULT_SHAPE = 'M12 3a9 9 0 110 18 9 9 0 010-18z';
function icon(name) {
  const d = SHAPES[name] ?? DEFAULT_SHAPE;
  return `<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false" part="icon"><path fill="currentColor" d="${d}"/></svg>`;
}

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function fetchText(url) {
  const res = await fetch(url, { credentials: 'omit' });
  if (!res.ok) throw new Error(`tellsafe: could not load ${url} (${res.status})`);
  return res.text();
}

/** Builds a wizard for the element's locale and country: fetches exactly the files the plan needs. */
async function loadWizard(api, { locale, country, allowDraft, assets }) {
  const locales = [locale, ...(navigator.languages ?? [])].filter(Boolean);
  const plan = api.negotiateLocale(locales, allowDraft);
  const sources = {};
  for (const tag of plan.fetch) {
    sources[tag] = await Promise.all(plan.files.map((f) => fetchText(`${assets}locales/${tag}/${f}`)));
  }
  const cc = (country || '').toLowerCase();
  const countryPacks = [];
  if (/^[a-z]{2}$/.test(cc)) {
    try { countryPacks.push(await fetchText(`${assets}packs/${cc}.json`)); } catch { /* no pack: generic help */ }
  }
  const regionPacks = [await fetchText(`${assets}packs/eu.json`)];
  return new api.Wizard({ locales, allowDraftLocales: allowDraft, sources, countryPacks, regionPacks, todayMs: Date.now() });
}

let storeOnce;
const store = () => (storeOnce ??= openIndexedDb());

// Core's client for an account. `backend-key` pins the backend's response key (SPKI PEM, or
// the raw Ed25519 key in base64 as the backend prints it at start-up).
async function openReporter(api, el, wizard) {
  const { storage, keyStore } = await store();
  const key = el.getAttribute('backend-key');
  const config = {
    backendUrl: el.getAttribute('backend-url'),
    account: el.account,
    authorization: `Bearer ${el.getAttribute('token') || ''}`,
    backendKeys: key ? [key] : [],
    appName: el.appName,
    appVersion: el.getAttribute('app-version') || '0.0.0',
    locale: wizard.locale.tag,
    country: el.getAttribute('country') || '',
    ageBand: el.band,
  };
  return api.Reporter.open(config, storage, keyStore, wizard);
}

// Every element with the same backend URL and account shares one reporter and one delivery
// loop (src/shared.js): the first element's token, band and locale configure it.
function reporterHub(api, el, wizard) {
  return hubFor(hubKey(el.getAttribute('backend-url'), el.account), () => openReporter(api, el, wizard), () => document);
}

class Base extends HTMLElement {
  #root;
  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'closed' });
    this.#root.adoptedStyleSheets = [sheet()];
  }
  get root() { return this.#root; }
  get assets() { return this.getAttribute('assets-base') || defaultAssets; }
  get band() { return this.getAttribute('age-band') || 'unknown'; }
  get appName() { return this.getAttribute('app-name') || document.title || 'app'; }
  get account() { return this.getAttribute('account') || 'demo'; }
  emit(name, detail, cancelable = false) {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }
}

export class TellSafeReport extends Base {
  static observedAttributes = ['locale'];
  #api; #wizard; #session; #plan; #hub; #finished; #helpOpen = false; #busy = false;

  async connectedCallback() {
    if (this.#session) return;
    try {
      this.#api = await init(this.getAttribute('wasm-url') || undefined);
      await this.#start();
    } catch (e) {
      console.error(e);
      this.root.innerHTML = `<div class="card" part="card" role="alert">&#9888;</div>`;
    }
  }

  attributeChangedCallback(_n, old, now) {
    if (this.#session && old !== now) this.#start();
  }

  async #start() {
    this.#wizard?.free();
    this.#finished = undefined;
    this.#busy = false;
    this.#wizard = await loadWizard(this.#api, {
      locale: this.getAttribute('locale'),
      country: this.getAttribute('country'),
      allowDraft: this.hasAttribute('allow-draft-locales'),
      assets: this.assets,
    });
    this.#plan = this.#wizard.locale;
    const band = this.band;
    this.#session = this.#wizard.start({
      age_band: band,
      age_source: band === 'unknown' ? null : (this.getAttribute('age-source') || 'declared'),
      role: this.getAttribute('role') || 'self',
      locale: this.#plan.tag,
      country: (this.getAttribute('country') || 'ZZ').toUpperCase(),
      app_name: this.appName,
      subjects: JSON.parse(this.getAttribute('subject-refs') || '[]'),
    });
    this.#render(true);
  }

  #text(id) {
    try { return this.#wizard.text(id, { band: this.#api.bandKey(this.band), app: this.appName }); } catch { return ''; }
  }

  #render(announce) {
    const v = this.#session.current();
    this.#helpOpen = this.#helpOpen || v.help_first;
    const p = this.#plan;
    const progress = this.#wizard.text('wizard-progress', { step: String(v.progress.step), total: String(v.progress.of) });
    const help = v.get_help;
    const helpBox = `<div class="helpbox" id="helpbox" part="help" ${this.#helpOpen ? '' : 'hidden'}>
        ${help.emergency_text ? `<p><strong>${esc(help.emergency_text)}</strong></p>` : ''}
        <p>${esc(help.text)}</p></div>`;
    let main = '';
    if (v.kind === 'choose_one' || v.kind === 'yes_no') {
      main = `<ul class="options" role="list">${v.options.map((o) => `<li><button type="button" part="option" data-choose="${esc(o.id)}">${icon(o.icon)}<span>${esc(o.label)}</span></button></li>`).join('')}</ul>`;
    } else if (v.kind === 'choose_many') {
      main = `<fieldset class="plain"><legend class="sr">${esc(v.title)}</legend><ul class="options" role="list">${v.options.map((o, i) => `<li><label part="option"><input type="checkbox" value="${esc(o.id)}" ${o.preselected ? 'checked' : ''} id="o${i}">${icon(o.icon)}<span>${esc(o.label)}</span></label></li>`).join('')}</ul></fieldset>
        <button type="button" class="primary" part="next" data-next>${esc(v.chrome.next)}</button>`;
    } else if (v.kind === 'short_text') {
      main = `<label for="free" class="sr">${esc(v.title)}</label>
        <textarea id="free" part="text" maxlength="${v.max_text_chars ?? 2000}" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" data-gramm="false" aria-describedby="${v.body ? 'body' : ''}"></textarea>
        <div class="bar">${v.chrome.skip ? `<button type="button" part="skip" data-skip>${esc(v.chrome.skip)}</button>` : ''}
        <button type="button" class="primary" part="next" data-next>${esc(v.chrome.next)}</button></div>`;
    } else if (v.kind === 'done') {
      main = '';
    } else {
      const lines = [...(v.script?.lines ?? []), ...(v.told ?? [])];
      const summary = (v.summary ?? []).map((s) => `<dt>${esc(s.question)}</dt><dd>${esc(s.answer.join(', '))}</dd>`).join('');
      const handoffs = (v.script?.handoffs ?? []).map((h) => `<li><a href="${esc(h.url)}" target="_blank" rel="noopener noreferrer">${esc(h.label)}</a></li>`).join('');
      main = `${lines.length ? `<ul class="lines">${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : ''}
        ${handoffs ? `<ul class="lines">${handoffs}</ul>` : ''}
        ${summary ? `<dl>${summary}</dl>` : ''}
        <button type="button" class="primary" part="next" data-next>${esc(v.chrome.next)}</button>`;
    }
    if (v.kind !== 'done' && v.script && v.kind !== 'info' && v.kind !== 'who_will_be_told' && v.kind !== 'review') {
      main = `<ul class="lines">${v.script.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` + main;
    }
    this.root.innerHTML = `<section class="card" part="card" dir="${p.direction}" lang="${esc(p.tag)}" aria-labelledby="title">
        <div class="bar">
          <button type="button" class="help" part="help-button" data-help aria-expanded="${this.#helpOpen}" aria-controls="helpbox">${esc(help.label)}</button>
          <button type="button" class="exit" part="exit-button" data-exit>${esc(v.chrome.quick_exit)}</button>
        </div>
        ${helpBox}
        ${p.draft ? `<p class="notice" part="draft-notice" role="note">${esc(this.#text('wizard-draft-translation'))}</p>` : ''}
        <p id="progress" part="progress">${esc(progress)}</p>
        <progress max="${v.progress.of}" value="${v.progress.step}" aria-labelledby="progress"></progress>
        <h2 id="title" tabindex="-1" part="title">${v.icon ? icon(v.icon) : ''}${esc(v.title)}</h2>
        ${v.body ? `<p id="body" part="body">${esc(v.body)}</p>` : ''}
        ${main}
        ${v.can_go_back ? `<button type="button" part="back" data-back>${esc(v.chrome.back)}</button>` : ''}
        <p class="sr" role="status" aria-live="polite" id="live">${announce ? esc(v.title) : ''}</p>
      </section>`;
    this.#wire(v);
    if (announce) this.root.getElementById('title')?.focus();
    if (v.kind === 'done') this.#submit();
  }

  #wire(v) {
    const r = this.root;
    r.querySelectorAll('[data-choose]').forEach((b) => b.addEventListener('click', () => this.#answer({ choose: b.dataset.choose })));
    r.querySelector('[data-help]')?.addEventListener('click', () => {
      this.#helpOpen = !this.#helpOpen;
      r.getElementById('helpbox').hidden = !this.#helpOpen;
      r.querySelector('[data-help]').setAttribute('aria-expanded', String(this.#helpOpen));
    });
    r.querySelector('[data-exit]')?.addEventListener('click', () => this.quickExit());
    r.querySelector('[data-back]')?.addEventListener('click', () => { this.#session.back(); this.#render(true); });
    r.querySelector('[data-skip]')?.addEventListener('click', () => this.#answer('skip'));
    const text = r.getElementById('free');
    if (text) {
      // Refuse pasted or dropped images (and any file): the report refers to content on the platform.
      const refuse = (e) => {
        const items = [...(e.clipboardData ?? e.dataTransfer)?.items ?? []];
        if (items.some((i) => i.kind === 'file')) e.preventDefault();
      };
      text.addEventListener('paste', refuse);
      text.addEventListener('drop', refuse);
      text.addEventListener('dragover', refuse);
    }
    r.querySelector('[data-next]')?.addEventListener('click', () => {
      if (v.kind === 'choose_many') {
        this.#answer({ choose_many: [...r.querySelectorAll('input:checked')].map((i) => i.value) });
      } else if (v.kind === 'short_text') {
        const t = text.value.trim();
        this.#answer(t ? { text: t } : (v.optional ? 'skip' : { text: t }));
      } else {
        this.#answer('continue');
      }
    });
  }

  #answer(a) {
    try {
      this.#session.answer(a);
    } catch (e) {
      console.error(e.code);
      return;
    }
    this.#render(true);
  }

  async #submit() {
    if (this.#busy) return;
    this.#busy = true;
    let sent;
    try {
      // Kept until it is queued: a retry submits the very same report (core: "submitting the
      // same report again is harmless"), so nothing the child gave is lost or sent twice.
      this.#finished ??= this.#session.toReport(this.getAttribute('app-version') || '0.0.0');
      this.#hub ??= reporterHub(this.#api, this, this.#wizard);
      sent = await this.#hub.submit(this, this.#finished);
    } catch (e) {
      this.#submitFailed(e);
      return;
    }
    const finished = this.#finished;
    this.#finished = undefined;
    this.root.getElementById('body')?.removeAttribute('hidden');
    // Intents that could destroy evidence (block) come back from the hub's drain once the
    // backend has the report (core holds them until its receipt), exactly once per page.
    for (const intent of sent.performNow) this.emit('tellsafe-intent', { reportId: sent.reportId, intent, deferred: false });
    this.emit('tellsafe-submitted', { reportId: sent.reportId, notify: finished.notify });
    this.#hub.drain();
  }

  // A storage or core failure while queuing: the child sees a message and "Try again" on the
  // last step (answers kept in memory), the app gets `tellsafe-error` with the code only
  // (never content), and a drain delivers whatever the outbox did keep.
  #submitFailed(e) {
    const code = typeof e?.code === 'string' ? e.code : 'unknown';
    console.error('tellsafe: submit', code);
    const hub = this.#hub;
    this.#hub = undefined; // a hub whose reporter failed to open is replaced on retry
    hub?.ready.then(() => hub.drain(), () => {});
    this.#busy = false;
    this.emit('tellsafe-error', { code });
    const card = this.root.querySelector('section.card');
    if (!card || !this.#session) return;
    card.querySelector('[part=error]')?.remove();
    // The done step's "people will look at this" is not true yet.
    card.querySelector('#body')?.setAttribute('hidden', '');
    const box = document.createElement('div');
    box.className = 'helpbox';
    box.setAttribute('part', 'error');
    box.setAttribute('role', 'alert');
    box.innerHTML = `<p>${esc(this.#text('wizard-send-failed'))}</p>
      <button type="button" class="primary" part="retry" data-retry>${esc(this.#text('wizard-try-again'))}</button>`;
    card.querySelector('#live').before(box);
    const retry = box.querySelector('[data-retry]');
    retry.addEventListener('click', () => { box.remove(); this.#submit(); });
    retry.focus();
  }

  /** Quick exit: closes the UI, drops the draft (memory, and any sealed copy core kept) and
   *  keeps queued reports. Navigates away with location.replace unless the app handles it. */
  quickExit() {
    this.#session?.quickExit();
    this.#session?.free();
    this.#session = undefined;
    this.#finished = undefined;
    this.#hub?.ready.then((r) => r.quickExit()).catch((e) => console.error('tellsafe: quick exit', e?.code));
    this.root.innerHTML = '';
    const go = this.emit('tellsafe-exit', {}, true);
    const url = this.getAttribute('exit-url');
    if (go && url) location.replace(url);
  }
}

export class TellSafeMyReports extends Base {
  #api; #wizard; #hub;
  async connectedCallback() {
    this.#api = await init(this.getAttribute('wasm-url') || undefined);
    this.#wizard ??= await loadWizard(this.#api, {
      locale: this.getAttribute('locale'),
      country: this.getAttribute('country'),
      allowDraft: this.hasAttribute('allow-draft-locales'),
      assets: this.assets,
    });
    this.#hub ??= reporterHub(this.#api, this, this.#wizard);
    await this.refresh();
  }

  /** Delivers what is queued, re-reads the statuses from the backend (verified by core) and
   *  shows each report's status and outcome lines in the reporter's band and language. */
  async refresh() {
    // The page's one delivery loop: released intents go to the element that submitted them.
    await this.#hub.drain();
    const reporter = await this.#hub.ready;
    try { await reporter.refresh(); } catch (e) { console.error('tellsafe: status', e.code); }
    const plan = this.#wizard.locale;
    const items = (await reporter.myReports()).map((v) =>
      `<li part="report" data-status="${esc(v.kind)}"><strong>${esc(v.title)}</strong>${v.outcome_texts.map((o) => `<p>${esc(o)}</p>`).join('')}</li>`);
    this.root.innerHTML = `<section class="card" part="card" dir="${plan.direction}" lang="${esc(plan.tag)}" aria-live="polite">
      <ul class="lines">${items.join('')}</ul></section>`;
  }
}

if (!customElements.get('tellsafe-report')) customElements.define('tellsafe-report', TellSafeReport);
if (!customElements.get('tellsafe-my-reports')) customElements.define('tellsafe-my-reports', TellSafeMyReports);
