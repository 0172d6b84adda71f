// Node entry (ESM): the module is instantiated synchronously by wasm-bindgen's Node target.
import * as bindings from '../dist/node/tellsafe_wasm.js';
import { makeApi } from './api.js';

const api = makeApi(bindings);
export const init = async () => api;
export const { negotiateLocale, Wizard, Session, Reporter, signRequest, bandKey, coreVersion } = api;
export const assetsBase = new URL('../dist/assets/', import.meta.url).href;
export { openIndexedDb } from './idb.js';
