// A strict TypeScript consumer of @tellsafe/web: compiles with `tsc --noEmit` or the types are wrong.
import { init, negotiateLocale, type StepView, type Answer, type TellSafeError, type FinishedReport } from '@tellsafe/web';

async function run(): Promise<void> {
  const api = await init();
  const plan = negotiateLocale(['sw-KE', 'en'], true);
  const dir: 'ltr' | 'rtl' = plan.direction;
  const wizard = new api.Wizard({ locales: [plan.tag], allowDraftLocales: true, todayMs: Date.now() });
  const session = wizard.start({
    age_band: '10-12', age_source: 'declared', role: 'self', locale: plan.tag, country: 'KE', app_name: 'Pebble',
    subjects: [{ kind: 'message', id: 'msg-7' }],
  });
  const view: StepView = session.current();
  const first = view.options[0];
  const answer: Answer = first ? { choose: first.id } : 'continue';
  try {
    session.answer(answer);
  } catch (e) {
    const code: string = (e as TellSafeError).code;
    console.log(code, dir);
  }
  if (view.kind === 'done') {
    const finished: FinishedReport = session.toReport('1.0.0');
    console.log(finished.intents.map((i) => i.intent));
  }
  const el = document.createElement('tellsafe-report');
  el.addEventListener('tellsafe-submitted', (e) => console.log(e.detail.reportId));
  document.addEventListener('tellsafe-intent', (e) => console.log(e.detail.deferred ? e.detail.intent : ''));
  el.addEventListener('tellsafe-delivered', (e) => console.log(e.detail.reportId));
  el.quickExit();
}
void run();
