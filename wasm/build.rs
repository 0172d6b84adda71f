//! Build script: the embedded English `.ftl` files without their comment lines.
//!
//! Comments are for translators (about 1.4 KB of the gzipped .wasm); Fluent ignores them at run
//! time. Only lines starting with `#` in column 0 are removed: an indented `#` is pattern text.
//! `locale::tests::stripped_english_has_the_same_messages` parses both and compares.

use std::path::Path;

/// The reference locale's files, in `tellsafe::i18n::LOCALE_FILES` order.
const FILES: [&str; 4] = ["wizard.ftl", "categories.ftl", "status.ftl", "help.ftl"];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for file in FILES {
        let source = format!("../core/locales/en/{file}");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let kept: String = text
            .split_inclusive('\n')
            .filter(|line| !line.starts_with('#'))
            .collect();
        std::fs::write(Path::new(&out).join(file), kept).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
}
