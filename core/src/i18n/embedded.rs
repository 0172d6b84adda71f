//! The `.ftl` files compiled into the binary (feature `embedded-locales`).

use super::LOCALE_FILES;

macro_rules! locale_files {
    ($tag:literal) => {
        [
            include_str!(concat!("../../locales/", $tag, "/wizard.ftl")),
            include_str!(concat!("../../locales/", $tag, "/categories.ftl")),
            include_str!(concat!("../../locales/", $tag, "/status.ftl")),
            include_str!(concat!("../../locales/", $tag, "/help.ftl")),
        ]
    };
}

/// Every locale with its own files (pseudo-locales have none: they use their source's).
const EMBEDDED: [(&str, [&str; LOCALE_FILES.len()]); 13] = [
    ("en", locale_files!("en")),
    ("fr", locale_files!("fr")),
    ("es", locale_files!("es")),
    ("pt", locale_files!("pt")),
    ("ar", locale_files!("ar")),
    ("sw", locale_files!("sw")),
    ("am", locale_files!("am")),
    ("km", locale_files!("km")),
    ("id", locale_files!("id")),
    ("ms", locale_files!("ms")),
    ("th", locale_files!("th")),
    ("fil", locale_files!("fil")),
    ("vi", locale_files!("vi")),
];

/// The embedded sources of one locale, in [`LOCALE_FILES`] order.
pub(crate) fn files(tag: &str) -> Option<Vec<&'static str>> {
    EMBEDDED
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, files)| files.to_vec())
}

/// Every embedded locale with its sources.
pub(crate) fn all() -> impl Iterator<Item = (&'static str, [&'static str; LOCALE_FILES.len()])> {
    EMBEDDED.iter().copied()
}
