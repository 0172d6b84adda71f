//! NFC for free text on platforms that already carry the Unicode tables.
//!
//! Core normalizes free text to NFC before it counts or stores it. Mobile libraries are built
//! without core's `unicode-nfc` tables (~40 KB of code and data in the .so): Android has
//! `java.text.Normalizer` and Apple platforms `precomposedStringWithCanonicalMapping`, which
//! implement the same standard. The idiomatic layers install them ([`install_nfc_normalizer`]
//! from Kotlin `PlatformNfc.install()` / Swift `PlatformNFC.install()`, also called by
//! `wizardDataFrom` / `wizardData`). Builds with feature `nfc-tables` (the Python wheel) use
//! core's tables and ignore an installed normalizer.

use std::sync::{Arc, OnceLock};

use crate::error::TellSafeError;

/// The platform's Unicode normalization. Kotlin: `PlatformNfc`; Swift: `PlatformNFC`.
#[uniffi::export(with_foreign)]
pub trait TextNormalizer: Send + Sync {
    /// `text` in Normalization Form C. A thrown error keeps the text as it is (still free of
    /// forbidden characters): a report is never lost to a normalizer failure.
    fn nfc(&self, text: String) -> Result<String, TellSafeError>;
}

/// The installed normalizer; the first install wins, as in core (a report cannot be cleaned by
/// two different normalizers in one process).
#[cfg_attr(feature = "nfc-tables", allow(dead_code))]
static NORMALIZER: OnceLock<Arc<dyn TextNormalizer>> = OnceLock::new();

/// Installs the platform's NFC normalizer for free text. Returns whether the library uses it:
/// `false` when it was built with its own tables (feature `nfc-tables`). Idempotent; the
/// first normalizer installed stays.
#[uniffi::export]
pub fn install_nfc_normalizer(normalizer: Arc<dyn TextNormalizer>) -> bool {
    #[cfg(feature = "nfc-tables")]
    {
        let _ = normalizer;
        false
    }
    #[cfg(not(feature = "nfc-tables"))]
    {
        let _ = NORMALIZER.set(normalizer);
        tellsafe::report::hygiene::set_nfc_normalizer(foreign_nfc);
        true
    }
}

/// Core's normalizer hook (a plain `fn`): forwards to the installed foreign normalizer.
#[cfg_attr(feature = "nfc-tables", allow(dead_code))]
fn foreign_nfc(text: &str) -> String {
    match NORMALIZER.get() {
        Some(normalizer) => normalizer
            .nfc(text.to_owned())
            .unwrap_or_else(|_| text.to_owned()),
        None => text.to_owned(),
    }
}

#[cfg(all(test, not(feature = "nfc-tables")))]
mod tests {
    use super::*;

    /// A stand-in for the platform: composes only "e" + U+0301 (enough to see it is called).
    struct ComposeAcute;

    impl TextNormalizer for ComposeAcute {
        fn nfc(&self, text: String) -> Result<String, TellSafeError> {
            Ok(text.replace("e\u{301}", "\u{e9}"))
        }
    }

    #[test]
    fn installed_normalizer_cleans_free_text_after_forbidden_characters_are_removed() {
        assert!(install_nfc_normalizer(Arc::new(ComposeAcute)));
        // The zero-width space between base and mark goes first, then they compose.
        assert_eq!(
            tellsafe::report::hygiene::clean_free_text("caf\u{200B}e\u{200B}\u{301}"),
            "caf\u{e9}"
        );
    }
}
