// Types of @tellsafe/web. The wasm-bindgen `.d.ts` under dist/ uses `Symbol.dispose`: a
// TypeScript consumer of the raw bindings needs `"lib": ["es2022", "dom", "esnext.disposable"]`.

/** Thrown by every call: `code` is stable and machine-readable; the message names fields, never values. */
export interface TellSafeError extends Error { readonly code: string; }

export type AgeBand = '6-9' | '10-12' | '13-15' | '16-17' | 'adult' | 'unknown';
export type AgeSignalSource = 'declared' | 'estimated' | 'verified' | 'asked_in_flow';
export type ReporterRole = 'self' | 'caregiver' | 'bystander' | 'professional';
export type SubjectKind = 'user' | 'content' | 'message' | 'conversation' | 'live_stream';
export type StepKind = 'choose_one' | 'choose_many' | 'short_text' | 'yes_no' | 'info' | 'who_will_be_told' | 'review' | 'done';
export type Intent = 'restrict' | 'mute' | 'block' | 'hide_item' | 'hide_connections';
export type NotifyPreference = 'tell_me_here' | 'dont_notify';
export type ChildStatusCode = 'sent' | 'received' | 'looking_at_it' | 'need_to_ask_you' | 'decided' | 'handed_to_specialists' | 'looked_again';

export interface LocalePlan { tag: string; direction: 'ltr' | 'rtl'; draft: boolean; fetch: string[]; files: string[]; }
export interface WizardConfig {
  locales: string[];
  allowDraftLocales?: boolean;
  /** `.ftl` texts per tag in `LocalePlan.fetch`, in `LocalePlan.files` order. */
  sources?: Record<string, string[]>;
  countryPacks?: string[];
  regionPacks?: string[];
  todayMs: number;
}
export interface Subject { kind: SubjectKind; id: string; }
export interface StartContext {
  age_band: AgeBand;
  age_source: AgeSignalSource | null;
  role: ReporterRole;
  locale: string;
  country: string;
  app_name: string;
  category?: string | null;
  subjects?: Subject[];
}
export type Answer = { choose: string } | { choose_many: string[] } | { text: string } | 'skip' | 'continue';
export interface Progress { step: number; of: number; }
export interface OptionView { id: string; label: string; icon: string | null; preselected: boolean; }
export interface HelplineInfo { name: string; number: string; }
export interface GetHelp { label: string; helpline: HelplineInfo | null; emergency_number: string | null; emergency_text: string | null; text: string; }
export interface HandoffView { id: string; label: string; url: string; }
export interface ScriptView { id: string; lines: string[]; handoffs: HandoffView[]; suggested_intents: Intent[]; reviewed: boolean; }
export interface SummaryItem { step_id: string; question: string; answer: string[]; }
export interface ChromeView { back: string; quick_exit: string; next: string; skip: string | null; }
export interface StepView {
  step_id: string; kind: StepKind; title: string; body: string | null; icon: string | null;
  options: OptionView[]; optional: boolean; max_text_chars: number | null; progress: Progress;
  can_go_back: boolean; help_first: boolean; get_help: GetHelp; script: ScriptView | null;
  told: string[]; summary: SummaryItem[]; chrome: ChromeView;
}
export interface SessionState { flow_id: string; flow_version: number; context: StartContext; answered: { step: string; answer: Answer }[]; current: string; }
export interface IntentRequest { intent: Intent; deferred: boolean; }
export interface FinishedReport { reportId: string; reportJson: string; category: string; notify: NotifyPreference; intents: IntentRequest[]; }
export interface StatusView { code: ChildStatusCode; title: string; outcomes: string[]; }
export type ChildOutcome = 'removed' | 'warned' | 'restricted' | 'not_removed' | 'handed_to_specialists' | string;
/** A report's status as core's client renders it for the reporter's age band and language. */
export interface ReportStatus {
  id: string; kind: ChildStatusCode; outcomes: ChildOutcome[]; title: string; text: string;
  outcome_texts: string[]; expected_by: string | null; can_appeal: boolean; questions: string[];
}
export interface Submitted { reportId: string; performNow: Intent[]; deferred: Intent[]; }
/** Deferred intents the backend's receipt released (they may destroy evidence, so they wait). */
export interface ReleasedIntents { reportId: string; intents: Intent[]; }
export interface FlushResult { delivered: string[]; released: ReleasedIntents[]; waitUntilMs: number | null; }
export interface ReporterConfig {
  backendUrl: string; account: string; authorization: string;
  /** Pinned backend keys: SPKI PEM or the raw Ed25519 key in base64 (as the backend prints it). */
  backendKeys: string[];
  appName: string; appVersion?: string; locale: string; country?: string; ageBand: AgeBand;
}
export interface SignInput {
  privatePkcs8Pem: string; profile: 'client_request' | 'client_status_request' | 'key_registration' | 'webhook' | 'platform_tool';
  method: string; targetUri: string; headers: [string, string][]; body?: string;
  created: number; expires: number | null; nonce: string | null; label?: string | null;
}
export interface SignOutput { headers: [string, string][]; keyId: string; }

/** Durable named records (IndexedDB). */
export interface TellSafeStorage {
  put(name: string, bytes: Uint8Array): Promise<void>;
  get(name: string): Promise<Uint8Array | null>;
  delete(name: string): Promise<void>;
  list(prefix: string): Promise<string[]>;
}
/** The 32-byte outbox sealing key (wrapped by a non-extractable WebCrypto key). */
export interface TellSafeKeyStore { sealingKey(): Promise<Uint8Array>; }
export type Send = (method: string, url: string, headers: [string, string][], body: Uint8Array | null) =>
  Promise<{ status: number; headers: [string, string][]; body: Uint8Array }>;

export declare class Session {
  current(): StepView;
  answer(answer: Answer): void;
  back(): void;
  quickExit(): void;
  readonly isExited: boolean;
  readonly locale: string;
  state(): SessionState;
  toReport(appVersion: string, nowMs?: number): FinishedReport;
  free(): void;
}
export declare class Wizard {
  constructor(config: WizardConfig);
  readonly locale: LocalePlan;
  start(context: StartContext): Session;
  resume(state: SessionState): Session;
  text(id: string, args?: Record<string, string>): string;
  statusView(status: ChildStatusCode, outcomes: string[], band: AgeBand, app: string): StatusView;
  free(): void;
}
export declare class Reporter {
  /** `wizard` supplies the status copy (same negotiated locale). */
  static open(config: ReporterConfig, storage: TellSafeStorage, keyStore: TellSafeKeyStore, wizard: Wizard, send?: Send): Promise<Reporter>;
  /** Replaces the `Authorization` header of later requests (the page refreshed its token). */
  setAuthorization(header: string): void;
  submit(finished: FinishedReport): Promise<Submitted>;
  flush(): Promise<FlushResult>;
  myReports(): Promise<ReportStatus[]>;
  refresh(): Promise<ReportStatus[]>;
  status(reportId: string): Promise<ReportStatus>;
  preserveLocally(reportId: string): Promise<Intent[]>;
  quickExit(): Promise<void>;
  forgetOnDevice(reportId: string | null): Promise<void>;
}
export interface Api {
  negotiateLocale(locales: string[], allowDraftLocales?: boolean): LocalePlan;
  Wizard: typeof Wizard; Session: typeof Session; Reporter: typeof Reporter;
  signRequest(input: SignInput): Promise<SignOutput>;
  bandKey(band: AgeBand, role?: ReporterRole): string;
  coreVersion(): string;
}
/** Loads the .wasm (streaming in browsers). Call once before anything else in a browser. */
export declare function init(wasmUrl?: string | URL): Promise<Api>;
export declare function negotiateLocale(locales: string[], allowDraftLocales?: boolean): LocalePlan;
export declare function signRequest(input: SignInput): Promise<SignOutput>;
export declare function bandKey(band: AgeBand, role?: ReporterRole): string;
export declare function coreVersion(): string;
export declare function openIndexedDb(name?: string): Promise<{ storage: TellSafeStorage; keyStore: TellSafeKeyStore; close(): void }>;
/** Base URL of the fetched locale files and packs. */
export declare const assetsBase: string;

/** `<tellsafe-report>`: attributes backend-url, locale, age-band, country, subject-refs (JSON Subject[]),
 *  app-name, account, token, allow-draft-locales, exit-url, assets-base. Events: tellsafe-submitted,
 *  tellsafe-exit (cancelable), tellsafe-intent, tellsafe-delivered, tellsafe-error. Elements with the same backend-url
 *  and account share one Reporter and one delivery loop per page; setting `token` again (a refreshed
 *  sign-in) updates that Reporter and sends what waited for it. Theming: CSS custom properties --tellsafe-* and ::part(). */
export declare class TellSafeReport extends HTMLElement { quickExit(): void; }
export declare class TellSafeMyReports extends HTMLElement { refresh(): Promise<void>; }
declare global {
  interface HTMLElementTagNameMap { 'tellsafe-report': TellSafeReport; 'tellsafe-my-reports': TellSafeMyReports; }
  interface HTMLElementEventMap {
    'tellsafe-submitted': CustomEvent<{ reportId: string; notify: NotifyPreference }>;
    'tellsafe-exit': CustomEvent<Record<string, never>>;
    'tellsafe-intent': CustomEvent<{ reportId: string; intent: Intent; deferred: boolean }>;
    'tellsafe-delivered': CustomEvent<{ reportId: string }>;
    /** Queuing the report failed (storage or core); the child sees a message and "Try again". Only the error code. */
    'tellsafe-error': CustomEvent<{ code: string }>;
  }
  interface DocumentEventMap {
    /** Deferred intents whose element has closed land on the document (bubbling ones reach it too). */
    'tellsafe-intent': CustomEvent<{ reportId: string; intent: Intent; deferred: boolean }>;
    'tellsafe-delivered': CustomEvent<{ reportId: string }>;
  }
}
