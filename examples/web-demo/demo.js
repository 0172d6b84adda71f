// The demo wires Report buttons to <tellsafe-report>. Query parameters pick the reporter:
// ?locale=sw&band=10-12&country=KE (drafts are allowed here and shown as drafts).
// Run: platform-backend --static-dir examples/web-demo, then write its printed public key to
// examples/web-demo/backend.json (tests/web/e2e.mjs does both).
import './pkg/src/elements.js';

const q = new URLSearchParams(location.search);
// The backend prints its public key at start-up; whoever starts it for the demo writes it to
// backend.json here ({"backendKey": "<base64>"}) and the elements pin it.
const { backendKey } = await fetch('backend.json', { cache: 'no-store' }).then((r) => r.json());
const common = {
  'backend-url': location.origin,
  'backend-key': backendKey,
  account: q.get('account') || 'demo',
  token: q.get('token') || 'demo-token',
  'app-name': 'Pebble',
  'app-version': '0.1.0',
  'age-band': q.get('band') || '10-12',
  country: q.get('country') || 'KE',
  locale: q.get('locale') || navigator.language,
  'allow-draft-locales': '',
};
const apply = (el, attrs) => { for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v); return el; };

const dialog = document.getElementById('report-dialog');
let opener;
function close() {
  dialog.close();
  dialog.replaceChildren();
  opener?.focus();
}

for (const button of document.querySelectorAll('button.report')) {
  button.addEventListener('click', () => {
    opener = button;
    const subjects = [{ kind: button.dataset.kind, id: button.dataset.id }];
    if (button.dataset.user && button.dataset.kind !== 'user') subjects.push({ kind: 'user', id: button.dataset.user });
    if (button.dataset.conversation) subjects.push({ kind: 'conversation', id: button.dataset.conversation });
    const el = apply(document.createElement('tellsafe-report'), { ...common, 'subject-refs': JSON.stringify(subjects) });
    el.addEventListener('tellsafe-exit', (e) => {
      // The demo stays on the page: a real app would let the element navigate away.
      e.preventDefault();
      close();
    });
    el.addEventListener('tellsafe-submitted', (e) => {
      document.body.dataset.lastReport = e.detail.reportId;
      setTimeout(refreshMine, 1500);
    });
    dialog.replaceChildren(el);
    dialog.showModal();
  });
}
// Deferred intents (block) arrive once the backend has the report, possibly after the dialog
// closed: listen on the document, where they bubble from the element or land once it is gone.
document.addEventListener('tellsafe-intent', (e) => console.info('intent for the app:', e.detail.intent));
dialog.addEventListener('cancel', (e) => { e.preventDefault(); dialog.querySelector('tellsafe-report')?.quickExit(); });

function refreshMine() {
  const mine = document.getElementById('mine');
  mine.replaceChildren(apply(document.createElement('tellsafe-my-reports'), common));
}
window.refreshMine = refreshMine;
// What an app does when its sign-in is refreshed: the new token goes on every TellSafe element,
// now and later (the elements share one reporter, which takes the latest token it is given).
window.setToken = (token) => {
  common.token = token;
  for (const el of document.querySelectorAll('tellsafe-report, tellsafe-my-reports')) el.setAttribute('token', token);
};
refreshMine();
// The buttons are wired only after backend.json arrives (top-level await above): say so, so
// tests and people clicking fast do not press a Report button that does nothing yet.
document.documentElement.dataset.ready = 'true';
