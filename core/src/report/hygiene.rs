//! Text hygiene: the one place that says which characters a report never carries.
//!
//! Control characters can break logs and consoles; bidirectional controls can make a moderator
//! read text in a different order than it was written (the "Trojan Source" trick), and
//! zero-width characters can hide words from keyword filters or make two ids look equal.
//!
//! - In free text these characters are **removed** (a child who pasted them did nothing wrong),
//!   except newline and tab, which are how people format a message. Carriage returns are
//!   removed, so CRLF line ends become LF.
//! - In ids and codes (subject ids, evidence ids, step and choice ids, locale, country,
//!   version labels) they are a **typed error**: an id is compared byte for byte, and silently
//!   changing it would point at a different thing.

#[cfg(feature = "unicode-nfc")]
use unicode_normalization::UnicodeNormalization;

/// An NFC normalizer supplied by the app when core is built without `unicode-nfc`.
pub type NfcNormalizer = fn(&str) -> String;

/// The installed normalizer (only without `unicode-nfc`; the web installs JavaScript's).
#[cfg(not(feature = "unicode-nfc"))]
static NFC_NORMALIZER: std::sync::OnceLock<NfcNormalizer> = std::sync::OnceLock::new();

/// Installs the NFC normalizer that [`clean_free_text`] uses when core is built without the
/// `unicode-nfc` feature (its tables are ~50 KB of wasm; a browser already has them). The
/// first call wins: a page cannot swap normalizers between reports. With `unicode-nfc` on
/// this does nothing and the built-in tables are used.
pub fn set_nfc_normalizer(normalizer: NfcNormalizer) {
    #[cfg(not(feature = "unicode-nfc"))]
    {
        // A second install is ignored on purpose (first wins), so the error carries nothing.
        let _ = NFC_NORMALIZER.set(normalizer);
    }
    #[cfg(feature = "unicode-nfc")]
    {
        let _ = normalizer;
    }
}

/// NFC of `text` with the built-in tables.
#[cfg(feature = "unicode-nfc")]
fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// NFC of `text` with the installed normalizer. Without one the text is kept as it is
/// (still free of forbidden characters): an app that builds core without `unicode-nfc` must
/// call [`set_nfc_normalizer`] first, as the web package does when it starts.
#[cfg(not(feature = "unicode-nfc"))]
fn nfc(text: &str) -> String {
    match NFC_NORMALIZER.get() {
        Some(normalize) => normalize(text),
        None => text.to_owned(),
    }
}

/// Inclusive ranges of characters that a report never carries (see the module docs).
pub const FORBIDDEN_RANGES: &[(char, char)] = &[
    // C0 controls (newline and tab are let through in free text only).
    ('\u{0000}', '\u{001F}'),
    // DEL and the C1 controls.
    ('\u{007F}', '\u{009F}'),
    // Arabic letter mark (a bidi control).
    ('\u{061C}', '\u{061C}'),
    // Zero-width space, non-joiner, joiner; left-to-right and right-to-left marks.
    ('\u{200B}', '\u{200F}'),
    // Bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO).
    ('\u{202A}', '\u{202E}'),
    // Word joiner (zero-width).
    ('\u{2060}', '\u{2060}'),
    // Bidi isolates (LRI, RLI, FSI, PDI).
    ('\u{2066}', '\u{2069}'),
    // Zero-width no-break space / byte order mark.
    ('\u{FEFF}', '\u{FEFF}'),
];

/// Characters in [`FORBIDDEN_RANGES`] that free text keeps: line breaks and tabs.
pub const FREE_TEXT_KEEPS: [char; 2] = ['\n', '\t'];

/// Whether `c` is a control, bidi or zero-width character that a report never carries.
pub fn is_forbidden(c: char) -> bool {
    FORBIDDEN_RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// Whether `text` contains a character that [`is_forbidden`] rejects (the check for ids).
pub fn contains_forbidden(text: &str) -> bool {
    text.chars().any(is_forbidden)
}

/// Free text as it is stored: forbidden characters removed (newline and tab kept), then
/// NFC-normalized. Removal comes first so that a base letter and a combining mark that were
/// separated by a zero-width character compose into one scalar.
pub fn clean_free_text(raw: &str) -> String {
    let kept: String = raw
        .chars()
        .filter(|c| FREE_TEXT_KEEPS.contains(c) || !is_forbidden(*c))
        .collect();
    nfc(&kept)
}

/// A JSON Schema / ECMA-262 regex character class (without brackets) listing the forbidden
/// characters, so the schema's `pattern`s come from the same table as the Rust checks.
/// With `keep_newline_tab`, `\n` and `\t` are left out of the class (for free text).
pub fn forbidden_class_for_schema(keep_newline_tab: bool) -> String {
    let mut class = String::new();
    for &(lo, hi) in FORBIDDEN_RANGES {
        let mut ranges = vec![(lo, hi)];
        if keep_newline_tab {
            ranges = split_out(&ranges, &FREE_TEXT_KEEPS);
        }
        for (a, b) in ranges {
            push_escaped(&mut class, a);
            if a != b {
                class.push('-');
                push_escaped(&mut class, b);
            }
        }
    }
    class
}

/// Removes `holes` from inclusive char ranges.
fn split_out(ranges: &[(char, char)], holes: &[char]) -> Vec<(char, char)> {
    let mut out: Vec<(u32, u32)> = ranges
        .iter()
        .map(|&(a, b)| (u32::from(a), u32::from(b)))
        .collect();
    for &hole in holes {
        let h = u32::from(hole);
        out = out
            .into_iter()
            .flat_map(|(a, b)| {
                if (a..=b).contains(&h) {
                    let mut parts = Vec::new();
                    if h > a {
                        parts.push((a, h - 1));
                    }
                    if h < b {
                        parts.push((h + 1, b));
                    }
                    parts
                } else {
                    vec![(a, b)]
                }
            })
            .collect();
    }
    out.into_iter()
        .filter_map(|(a, b)| Some((char::from_u32(a)?, char::from_u32(b)?)))
        .collect()
}

fn push_escaped(out: &mut String, c: char) {
    out.push_str(&format!("\\u{:04X}", u32::from(c)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_class_member_is_forbidden() {
        for c in [
            '\u{0}', '\u{7}', '\r', '\u{1B}', '\u{7F}', '\u{85}', '\u{9F}', '\u{61C}', '\u{200B}',
            '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}', '\u{2060}', '\u{2066}',
            '\u{2069}', '\u{FEFF}',
        ] {
            assert!(is_forbidden(c), "U+{:04X}", u32::from(c));
        }
        for c in [
            'a', ' ', 'é', '\u{00A0}', '\u{2028}', '\u{2061}', '\u{202F}', '😀', '\u{0301}',
        ] {
            assert!(!is_forbidden(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn cleaning_removes_bidi_and_zero_width_but_keeps_lines_and_tabs() {
        let raw = "he\u{202E}llo\u{200B}\r\nwor\u{2066}ld\t!\u{FEFF}\u{7}";
        assert_eq!(clean_free_text(raw), "hello\nworld\t!");
    }

    #[test]
    fn cleaning_composes_across_a_removed_character() {
        // "e", zero-width joiner, combining acute: after removal the pair composes to U+00E9.
        assert_eq!(clean_free_text("e\u{200D}\u{0301}"), "\u{00E9}");
    }

    #[test]
    fn schema_class_splits_out_newline_and_tab() {
        let full = forbidden_class_for_schema(false);
        let text = forbidden_class_for_schema(true);
        assert!(full.starts_with("\\u0000-\\u001F"));
        assert!(text.starts_with("\\u0000-\\u0008\\u000B-\\u001F"), "{text}");
        assert!(text.contains("\\u202A-\\u202E"));
    }

    proptest::proptest! {
        #[test]
        fn cleaned_text_has_no_forbidden_chars_and_is_stable(raw in "\\PC*|[\\u{0}-\\u{30}\\u{200B}-\\u{2070}e\\u{301}]*") {
            let once = clean_free_text(&raw);
            proptest::prop_assert!(once.chars().all(|c| FREE_TEXT_KEEPS.contains(&c) || !is_forbidden(c)));
            proptest::prop_assert_eq!(clean_free_text(&once), once.clone());
        }
    }
}
