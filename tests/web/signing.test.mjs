// node --test: the built Node package reproduces tests/vectors/signing.json byte for byte
// (Ed25519 is deterministic), and Node's own crypto verifies every signature it makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createPublicKey, verify, createHash } from 'node:crypto';
import * as ts from '../../wasm/npm/src/node.js';

const vectors = JSON.parse(readFileSync(new URL('../vectors/signing.json', import.meta.url)));
const requestProfiles = new Set(['client_request', 'client_status_request', 'key_registration', 'webhook', 'platform_tool']);
const cases = vectors.cases.filter((c) => requestProfiles.has(c.profile));

function signatureBase(headers, req, covered, params) {
  const get = (n) => headers.find(([k]) => k.toLowerCase() === n)?.[1];
  const lines = covered.map((c) => {
    if (c === '@method') return `"@method": ${req.method}`;
    if (c === '@target-uri') return `"@target-uri": ${req.target_uri}`;
    return `"${c}": ${get(c)}`;
  });
  return [...lines, `"@signature-params": ${params}`].join('\n');
}

for (const c of cases) {
  test(`vector ${c.name}`, async () => {
    const key = vectors.keys[c.key];
    const out = await ts.signRequest({
      privatePkcs8Pem: key.private_pkcs8_pem,
      profile: c.profile,
      method: c.request.method,
      targetUri: c.request.target_uri,
      headers: c.request.headers,
      body: c.request.body ?? '',
      created: c.options.created,
      expires: c.options.expires ?? null,
      nonce: c.options.nonce ?? null,
      label: c.options.label,
    });
    assert.equal(out.keyId, key.key_id);
    const get = (n) => out.headers.find(([k]) => k.toLowerCase() === n)?.[1];
    assert.equal(get('signature-input'), c.expected.signature_input);
    if (c.expected.headers.some(([k]) => k.toLowerCase() === 'content-digest')) {
      assert.equal(get('content-digest'), c.expected.content_digest);
      const sha = createHash('sha256').update(c.request.body).digest('base64');
      assert.equal(get('content-digest'), `sha-256=:${sha}:`);
    }
    if (key.alg === 'ed25519') {
      // Deterministic: byte for byte, headers in order.
      assert.deepEqual(out.headers, c.expected.headers);
    }
    // Node's crypto verifies the signature over the base we rebuild from the headers.
    const params = get('signature-input').replace(/^sig=/, '');
    const coveredList = params.slice(1, params.indexOf(')')).split(' ').map((s) => s.replaceAll('"', ''));
    const base = signatureBase(out.headers, c.request, coveredList, params);
    assert.equal(base, c.expected.signature_base);
    const sig = Buffer.from(get('signature').replace(/^sig=:/, '').replace(/:$/, ''), 'base64');
    const pub = createPublicKey(key.public_spki_pem);
    const ok = key.alg === 'ed25519'
      ? verify(null, Buffer.from(base), pub, sig)
      : verify('sha256', Buffer.from(base), { key: pub, dsaEncoding: 'ieee-p1363' }, sig);
    assert.ok(ok, 'signature verifies with node:crypto');
  });
}

test('a tampered body no longer matches its digest', async () => {
  const c = cases.find((x) => x.profile === 'client_request' && x.key === 'ed25519');
  const key = vectors.keys.ed25519;
  const out = await ts.signRequest({
    privatePkcs8Pem: key.private_pkcs8_pem, profile: c.profile, method: c.request.method, targetUri: c.request.target_uri,
    headers: c.request.headers, body: c.request.body + ' ', created: c.options.created, expires: c.options.expires, nonce: c.options.nonce,
  });
  const get = (n) => out.headers.find(([k]) => k.toLowerCase() === n)?.[1];
  assert.notEqual(get('content-digest'), c.expected.content_digest);
});

test('errors carry a code and no input values', async () => {
  await assert.rejects(
    ts.signRequest({ privatePkcs8Pem: 'not a key SECRET-VALUE', profile: 'client_request', method: 'POST', targetUri: 'https://x.test/', headers: [], created: 1, expires: null, nonce: null }),
    (e) => e.code === 'key' && !String(e.message).includes('SECRET-VALUE'),
  );
});

test('the wizard runs in Node in Arabic with the draft flag and rtl', () => {
  const plan = ts.negotiateLocale(['ar'], true);
  assert.equal(plan.direction, 'rtl');
  assert.equal(plan.draft, true);
  assert.deepEqual(plan.fetch, ['ar']);
  const dir = new URL(`../../core/locales/ar/`, import.meta.url);
  const sources = { ar: plan.files.map((f) => readFileSync(new URL(f, dir), 'utf8')) };
  const pack = readFileSync(new URL('../../core/data/packs/ke.json', import.meta.url), 'utf8');
  const eu = readFileSync(new URL('../../core/data/packs/eu.json', import.meta.url), 'utf8');
  const w = new ts.Wizard({ locales: ['ar'], allowDraftLocales: true, sources, countryPacks: [pack], regionPacks: [eu], todayMs: Date.now() });
  const s = w.start({ age_band: '10-12', age_source: 'declared', role: 'self', locale: 'ar', country: 'KE', app_name: 'Pebble', subjects: [] });
  const v = s.current();
  assert.ok(v.title.length > 0 && /[\u0600-\u06FF]/.test(v.title), 'Arabic title');
  assert.ok(v.get_help.label.length > 0);
  assert.throws(() => s.answer({ choose: 'no-such-option' }), (e) => e.code === 'session');
});
