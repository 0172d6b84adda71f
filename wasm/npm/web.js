// Browser entry: ESM, streaming instantiation of the .wasm (served as application/wasm).
import initWasm, * as bindings from './dist/web/tellsafe_wasm.js';
import { makeApi } from './src/api.js';

export { openIndexedDb } from './src/idb.js';

let ready;
/** Loads the .wasm once (streaming compile). `wasmUrl` defaults to the file next to this package. */
export function init(wasmUrl) {
  ready ??= initWasm({ module_or_path: wasmUrl ?? new URL('./dist/web/tellsafe_wasm_bg.wasm', import.meta.url) });
  return ready.then(() => api);
}

const api = makeApi(bindings);
export const { negotiateLocale, Wizard, Session, Reporter, signRequest, bandKey, coreVersion } = api;
/** Where the fetched locale files and packs live (next to this package). */
export const assetsBase = new URL('./dist/assets/', import.meta.url).href;
