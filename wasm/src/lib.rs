#![doc = include_str!("../README.md")]

mod error;
mod locale;
#[cfg(target_arch = "wasm32")]
mod platform;
#[cfg(target_arch = "wasm32")]
mod reporter;
#[cfg(target_arch = "wasm32")]
mod services;
mod session;
mod sign;
mod wizard;

pub use error::WebError;
#[cfg(target_arch = "wasm32")]
pub use platform::{JsKeyStore, JsStorage, WebClock, WebRandom};
#[cfg(target_arch = "wasm32")]
pub use reporter::Reporter;
pub use session::WebSession;
pub use sign::sign_request_js;
pub use wizard::{WebText, WebWizard};

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(text: &str);
}

/// Installs a panic hook that logs only where the panic happened. The default hook (and
/// `console_error_panic_hook`) print the panic message, which could carry report content
/// (an `expect` message with a value in it); a file and line is enough to file a bug.
#[wasm_bindgen(start)]
pub fn start() {
    install_nfc();
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        console_error(&format!("tellsafe: internal error at {at}"));
    }));
}

/// Core is built without its NFC tables on the web (`unicode-nfc` off, ~50 KB); the browser's
/// implement the same standard. Called at start and again by the constructors that build
/// reports (a test harness may skip `start`); the first install wins.
pub(crate) fn install_nfc() {
    tellsafe::report::hygiene::set_nfc_normalizer(nfc);
}

/// NFC through `String.prototype.normalize` (core's `unicode-nfc` feature is off here).
fn nfc(text: &str) -> String {
    String::from(js_sys::JsString::from(text).normalize("NFC"))
}

/// The crate version, so the JS wrapper can check it loaded the .wasm it was built with.
#[wasm_bindgen(js_name = coreVersion)]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
