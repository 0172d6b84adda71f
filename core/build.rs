//! Build script: with the `compact-data` feature (the web package), writes the embedded flow,
//! safety scripts and taxonomy in a compact binary form to `OUT_DIR`, so the .wasm reads them
//! with a few small hand-written decoders (`core/src/flow/compact.rs`) instead of carrying a
//! serde_json deserializer per type (about 75 KB of wasm). The locales' `locale.json` files
//! become one list the same way.
//!
//! The format (all integers are LEB128 `u32`): a string is its byte length and UTF-8 bytes; an
//! option is `0` or `1` then the value; a list is its length then the items; a flag is `0`/`1`;
//! a unit enum is its index in the Rust declaration; other enums are a tag byte then the
//! payload. Codes with a `from_code` in core (age bands, categories, intents) stay
//! strings so the two sides cannot drift apart silently.
//!
//! This script only reshapes the JSON. The crate's test `compact_data_matches_the_json` decodes
//! the output and compares it with the serde + validation path on the same files, so a field
//! added to a type without being added here fails the tests, not a browser.

use std::path::Path;

use serde_json::{Map, Value};

/// Step kinds in `StepKind` declaration order.
const STEP_KINDS: [&str; 8] = [
    "choose_one",
    "choose_many",
    "short_text",
    "yes_no",
    "info",
    "who_will_be_told",
    "review",
    "done",
];
/// `Field` declaration order.
const FIELDS: [&str; 10] = [
    "age_band",
    "category",
    "in_danger",
    "depicted_is_reporter",
    "coerced",
    "blocked_already",
    "desired_outcome",
    "notify",
    "intents",
    "free_text",
];
/// `CategoryFlag` declaration order.
const CATEGORY_FLAGS: [&str; 3] = ["urgent", "sexual", "image_based"];
/// Unit variants of `Condition` with their tags (declaration order).
const UNIT_CONDITIONS: [(&str, u8); 6] = [
    ("age_unknown", 2),
    ("category_known", 3),
    ("has_script", 6),
    ("help_first", 7),
    ("duty_to_tell", 8),
    ("in_danger", 9),
];
/// `ReporterRole` declaration order (serde codes).
const ROLES: [&str; 4] = ["self", "caregiver", "bystander", "professional"];
/// The shipped locales in `tellsafe::i18n` `BUILTIN_METADATA` order (the language picker's);
/// the test `compact_catalog_matches_the_json` fails when the two lists differ.
const LOCALES: [&str; 14] = [
    "en", "fr", "es", "pt", "ar", "sw", "am", "km", "id", "ms", "th", "fil", "vi", "en-XA",
];
/// `Direction`, `LocaleRole`, `ReviewStatus`, `ReadingLevelCheck` declaration orders.
const DIRECTIONS: [&str; 2] = ["ltr", "rtl"];
const LOCALE_ROLES: [&str; 3] = ["reference", "translation", "pseudo"];
const REVIEW_STATUSES: [&str; 2] = ["reviewed", "draft"];
const READING_CHECKS: [&str; 3] = ["none", "automated", "human"];
/// `Severity` declaration order.
const SEVERITIES: [&str; 4] = ["low", "medium", "high", "critical"];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var_os("CARGO_FEATURE_COMPACT_DATA").is_none() {
        return;
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, target, encode) in [
        ("flows/report.json", "flow.bin", flow as fn(&mut W, &Value)),
        ("data/safety-scripts.json", "scripts.bin", scripts),
        ("data/taxonomy.json", "taxonomy.bin", taxonomy),
        // Not a file: every locale's `locale.json`, in `BUILTIN_METADATA` order.
        ("locales", "locales.bin", locales),
    ] {
        let value = if source == "locales" {
            Value::Array(
                LOCALES
                    .iter()
                    .map(|tag| read(&format!("locales/{tag}/locale.json")))
                    .collect(),
            )
        } else {
            read(source)
        };
        let mut w = W {
            out: Vec::new(),
            file: source,
        };
        encode(&mut w, &value);
        std::fs::write(Path::new(&out).join(target), &w.out).unwrap_or_else(|e| panic!("{target}: {e}"));
    }
}

/// Parses one data file (and asks cargo to rerun when it changes).
fn read(source: &str) -> Value {
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"))
}

/// The output and the file being encoded (for error messages).
struct W {
    out: Vec<u8>,
    file: &'static str,
}

impl W {
    fn fail(&self, what: &str) -> ! {
        panic!(
            "{}: {what} (the serde types refuse it too; run `cargo test -p tellsafe`)",
            self.file
        )
    }

    fn len(&mut self, mut n: usize) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn str(&mut self, v: &Value) {
        let s = v.as_str().unwrap_or_else(|| self.fail("expected a string"));
        self.len(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    fn u32(&mut self, v: &Value) {
        let n = v.as_u64().filter(|n| *n <= u64::from(u32::MAX));
        let n = n.unwrap_or_else(|| self.fail("expected a u32"));
        self.len(n as usize);
    }

    fn flag(&mut self, v: Option<&Value>) {
        match v {
            None => self.byte(0),
            Some(v) => {
                let b = v.as_bool().unwrap_or_else(|| self.fail("expected a bool"));
                self.byte(u8::from(b));
            }
        }
    }

    /// `None` for an absent key or `null`.
    fn opt(&mut self, v: Option<&Value>, f: impl FnOnce(&mut W, &Value)) {
        match v.filter(|v| !v.is_null()) {
            None => self.byte(0),
            Some(v) => {
                self.byte(1);
                f(self, v);
            }
        }
    }

    /// An absent key is an empty list (`#[serde(default)]`).
    fn list(&mut self, v: Option<&Value>, mut f: impl FnMut(&mut W, &Value)) {
        let empty = Vec::new();
        let items = match v {
            None => &empty,
            Some(v) => v.as_array().unwrap_or_else(|| self.fail("expected a list")),
        };
        self.len(items.len());
        for item in items {
            f(self, item);
        }
    }

    fn index(&mut self, v: &Value, names: &[&str]) {
        let s = v.as_str().unwrap_or_else(|| self.fail("expected a code"));
        let i = names.iter().position(|n| *n == s);
        let i = i.unwrap_or_else(|| self.fail(&format!("unknown code `{s}`")));
        self.byte(i as u8);
    }

    /// The object, refusing keys outside `known` (`#[serde(deny_unknown_fields)]`).
    fn object<'v>(&self, v: &'v Value, known: &[&str]) -> &'v Map<String, Value> {
        let map = v.as_object().unwrap_or_else(|| self.fail("expected an object"));
        if let Some(k) = map.keys().find(|k| !known.contains(&k.as_str())) {
            self.fail(&format!("unknown field `{k}`"));
        }
        map
    }

    fn req<'v>(&self, map: &'v Map<String, Value>, key: &str) -> &'v Value {
        map.get(key)
            .unwrap_or_else(|| self.fail(&format!("missing field `{key}`")))
    }
}

fn message_ref(w: &mut W, v: &Value) {
    match v {
        Value::String(_) => {
            w.byte(0);
            w.str(v);
        }
        Value::Object(map) => {
            w.byte(1);
            w.len(map.len());
            // Any order: the decoder collects into the BTreeMap of `MessageRef::ByAudience`.
            for (k, id) in map {
                w.str(&Value::String(k.clone()));
                w.str(id);
            }
        }
        _ => w.fail("expected a message id or a map"),
    }
}

fn next(w: &mut W, v: &Value) {
    match v {
        Value::String(_) => {
            w.byte(0);
            w.str(v);
        }
        Value::Array(_) => {
            w.byte(1);
            w.list(Some(v), route);
        }
        _ => w.fail("expected a step id or routes"),
    }
}

fn route(w: &mut W, v: &Value) {
    let map = w.object(v, &["when", "goto"]);
    w.opt(map.get("when"), condition);
    w.str(w.req(map, "goto"));
}

fn condition(w: &mut W, v: &Value) {
    if let Some(s) = v.as_str() {
        let tag = UNIT_CONDITIONS.iter().find(|(n, _)| *n == s).map(|(_, t)| *t);
        w.byte(tag.unwrap_or_else(|| w.fail(&format!("unknown condition `{s}`"))));
        return;
    }
    let map = v.as_object().unwrap_or_else(|| w.fail("expected a condition"));
    let (key, inner) = match map.iter().next() {
        Some(entry) if map.len() == 1 => entry,
        _ => w.fail("a condition object has exactly one key"),
    };
    match key.as_str() {
        "band" => {
            w.byte(0);
            w.list(Some(inner), W::str);
        }
        "role" => {
            w.byte(1);
            w.list(Some(inner), |w, v| w.index(v, &ROLES));
        }
        "category_flag" => {
            w.byte(4);
            w.index(inner, &CATEGORY_FLAGS);
        }
        "category" => {
            w.byte(5);
            w.list(Some(inner), W::str);
        }
        "answered" => {
            w.byte(10);
            let m = w.object(inner, &["step", "option"]);
            w.str(w.req(m, "step"));
            w.str(w.req(m, "option"));
        }
        "not" => {
            w.byte(11);
            condition(w, inner);
        }
        "all" => {
            w.byte(12);
            w.list(Some(inner), condition);
        }
        "any" => {
            w.byte(13);
            w.list(Some(inner), condition);
        }
        other => w.fail(&format!("unknown condition `{other}`")),
    }
}

fn flow(w: &mut W, v: &Value) {
    let map = w.object(v, &["id", "version", "format", "start", "chrome", "steps"]);
    w.str(w.req(map, "id"));
    w.u32(w.req(map, "version"));
    w.u32(w.req(map, "format"));
    next(w, w.req(map, "start"));
    let chrome_keys = [
        "get_help",
        "help_adult",
        "help_adult_or_call",
        "emergency",
        "back",
        "quick_exit",
        "next",
        "skip",
        "send",
    ];
    let chrome = w.object(w.req(map, "chrome"), &chrome_keys);
    for key in chrome_keys {
        message_ref(w, w.req(chrome, key));
    }
    w.list(Some(w.req(map, "steps")), step);
}

fn step(w: &mut W, v: &Value) {
    let map = w.object(
        v,
        &[
            "id",
            "kind",
            "title",
            "body",
            "icon",
            "options",
            "default",
            "records",
            "optional",
            "script",
            "help_first",
            "next",
        ],
    );
    w.str(w.req(map, "id"));
    w.index(w.req(map, "kind"), &STEP_KINDS);
    message_ref(w, w.req(map, "title"));
    w.opt(map.get("body"), message_ref);
    w.opt(map.get("icon"), W::str);
    w.list(map.get("options"), |w, v| {
        let m = w.object(v, &["id", "label", "icon", "when", "goto"]);
        w.str(w.req(m, "id"));
        message_ref(w, w.req(m, "label"));
        w.opt(m.get("icon"), W::str);
        w.opt(m.get("when"), condition);
        w.opt(m.get("goto"), W::str);
    });
    w.list(map.get("default"), |w, v| {
        let m = w.object(v, &["when", "option"]);
        w.opt(m.get("when"), condition);
        w.str(w.req(m, "option"));
    });
    w.opt(map.get("records"), |w, v| w.index(v, &FIELDS));
    w.flag(map.get("optional"));
    w.opt(map.get("script"), |w, v| match v {
        Value::String(s) if s == "for_category" => w.byte(0),
        Value::Object(m) if m.len() == 1 && m.contains_key("named") => {
            w.byte(1);
            w.str(&m["named"]);
        }
        _ => w.fail("expected `for_category` or {\"named\": id}"),
    });
    w.flag(map.get("help_first"));
    w.opt(map.get("next"), next);
}

fn scripts(w: &mut W, v: &Value) {
    let map = w.object(v, &["format", "scripts", "handoffs"]);
    w.u32(w.req(map, "format"));
    w.list(Some(w.req(map, "scripts")), |w, v| {
        let m = w.object(
            v,
            &[
                "id",
                "categories",
                "help_first",
                "lines",
                "handoffs",
                "suggested_intents",
                "reviewed_by",
                "date",
            ],
        );
        w.str(w.req(m, "id"));
        w.list(m.get("categories"), W::str);
        w.flag(m.get("help_first"));
        w.list(Some(w.req(m, "lines")), message_ref);
        w.list(m.get("handoffs"), W::str);
        w.list(m.get("suggested_intents"), W::str);
        w.opt(m.get("reviewed_by"), W::str);
        w.str(w.req(m, "date"));
    });
    w.list(Some(w.req(map, "handoffs")), |w, v| {
        let m = w.object(
            v,
            &["id", "label", "url", "countries", "bands", "source", "confidence"],
        );
        w.str(w.req(m, "id"));
        message_ref(w, w.req(m, "label"));
        w.str(w.req(m, "url"));
        w.opt(m.get("countries"), |w, v| w.list(Some(v), W::str));
        w.list(Some(w.req(m, "bands")), W::str);
        w.str(w.req(m, "source"));
        w.str(w.req(m, "confidence"));
    });
}

/// The taxonomy's entries in file order (keyed by category code); the decoder puts them in
/// `Category::ALL` order and refuses a missing or unknown code.
fn taxonomy(w: &mut W, v: &Value) {
    let map = w.object(
        v,
        &["version", "reviewed_by", "source", "severity_scale", "categories"],
    );
    w.u32(w.req(map, "version"));
    w.opt(map.get("reviewed_by"), W::str);
    w.str(w.req(map, "source"));
    let categories = w.req(map, "categories").as_object();
    let categories = categories.unwrap_or_else(|| w.fail("expected `categories` to be an object"));
    w.len(categories.len());
    for (code, entry) in categories {
        w.str(&Value::String(code.clone()));
        let m = w.object(
            entry,
            &[
                "severity",
                "urgent",
                "sexual",
                "image_based",
                "dsa",
                "ncmec",
                "atproto",
                "source",
            ],
        );
        w.index(w.req(m, "severity"), &SEVERITIES);
        w.flag(Some(w.req(m, "urgent")));
        w.flag(Some(w.req(m, "sexual")));
        w.flag(Some(w.req(m, "image_based")));
        let dsa = w.object(w.req(m, "dsa"), &["category", "keywords"]);
        w.str(w.req(dsa, "category"));
        w.list(Some(w.req(dsa, "keywords")), W::str);
        w.opt(m.get("ncmec"), |w, v| {
            let n = w.object(v, &["incident_type", "annotations"]);
            w.str(w.req(n, "incident_type"));
            w.list(Some(w.req(n, "annotations")), W::str);
        });
        w.str(w.req(m, "atproto"));
        w.str(w.req(m, "source"));
    }
}

/// Every locale's metadata (`LocaleMeta`), as a list.
fn locales(w: &mut W, v: &Value) {
    w.list(Some(v), |w, v| {
        let m = w.object(
            v,
            &[
                "tag",
                "name",
                "direction",
                "role",
                "status",
                "reviewed_by",
                "reviewed_on",
                "reading_level_checked",
                "source",
                "notes",
            ],
        );
        w.str(w.req(m, "tag"));
        w.str(w.req(m, "name"));
        w.index(w.req(m, "direction"), &DIRECTIONS);
        w.index(w.req(m, "role"), &LOCALE_ROLES);
        w.index(w.req(m, "status"), &REVIEW_STATUSES);
        w.opt(m.get("reviewed_by"), W::str);
        w.opt(m.get("reviewed_on"), W::str);
        w.index(w.req(m, "reading_level_checked"), &READING_CHECKS);
        w.opt(m.get("source"), W::str);
        w.str(w.req(m, "notes"));
    });
}
