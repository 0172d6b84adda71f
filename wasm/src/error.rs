//! The one error type that crosses into JavaScript: a stable `code` and a message that names
//! fields, never values (report content must not reach a log or an error tracker).

use wasm_bindgen::prelude::*;

/// An error with a machine-readable `code`. Thrown to JS as an `Error` whose `code` property
/// holds the code (see `wasm/npm/index.d.ts`, `TellSafeError`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebError {
    /// Stable code (`invalid_input`, `locale`, `session`, `storage`, `network`, ...).
    pub code: &'static str,
    /// What went wrong, naming fields only.
    pub detail: String,
}

impl WebError {
    /// An error with a code and a content-free detail.
    pub fn new(code: &'static str, detail: impl Into<String>) -> WebError {
        WebError {
            code,
            detail: detail.into(),
        }
    }

    /// JSON from JS did not parse as the expected shape (serde names the field, not its value).
    pub fn input(what: &str, error: &serde_json::Error) -> WebError {
        // serde_json's message can quote the offending value ("invalid type: string \"...\""),
        // so only the error class and position leave.
        WebError::new(
            "invalid_input",
            format!(
                "{what}: {:?} error at line {} column {}",
                error.classify(),
                error.line(),
                error.column()
            ),
        )
    }

    /// Any core error, keeping its code and its (content-free) Display.
    pub fn from_display(code: &'static str, error: &dyn std::fmt::Display) -> WebError {
        WebError::new(code, error.to_string())
    }
}

impl From<WebError> for JsValue {
    fn from(e: WebError) -> JsValue {
        let error = js_sys::Error::new(&format!("tellsafe: {}", e.detail));
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(e.code));
        error.set_name("TellSafeError");
        error.into()
    }
}

/// Serializes a value for JS (the npm wrapper `JSON.parse`s it): one JSON string is smaller
/// in the .wasm than a serde-to-JsValue bridge and keeps the types in one `.d.ts`.
pub fn to_json<T: serde::Serialize>(value: &T) -> Result<String, WebError> {
    serde_json::to_string(value).map_err(|e| WebError::new("internal", format!("serialize: {e}")))
}

/// Parses JSON from JS.
pub fn from_json<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, WebError> {
    // Slices, as core parses: one serde_json reader keeps one copy of the parser in the .wasm.
    serde_json::from_slice(text.as_bytes()).map_err(|e| WebError::input(what, &e))
}

/// Parses a JSON object from JS into a derived struct (the page's configs and inputs).
///
/// serde_json also hands a struct an array of its fields in order, so every derived struct
/// carries a second reader for that form; read through here, only the object reader is linked
/// (the TypeScript types say objects; an array is refused as the wrong type).
pub fn from_json_object<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, WebError> {
    let mut json = serde_json::Deserializer::from_slice(text.as_bytes());
    let value = T::deserialize(tellsafe::StructAsMap(&mut json)).map_err(|e| WebError::input(what, &e))?;
    json.end().map_err(|e| WebError::input(what, &e))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_errors_name_the_field_not_the_value() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Shape {
            locale: u32,
        }
        let err = from_json::<Shape>("context", r#"{"locale":"secret-value"}"#).unwrap_err();
        assert_eq!(err.code, "invalid_input");
        assert!(!err.detail.contains("secret-value"), "{}", err.detail);
    }

    #[test]
    fn objects_only_for_configs() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        #[serde(deny_unknown_fields)]
        struct Shape {
            locale: String,
            #[serde(default)]
            count: u32,
        }
        let read = from_json_object::<Shape>("config", r#"{"locale":"en"}"#).unwrap();
        assert_eq!(
            read,
            Shape {
                locale: "en".to_owned(),
                count: 0
            }
        );
        // The array form the plain reader also took, trailing input and unknown fields: refused.
        assert!(from_json::<Shape>("config", r#"["en",1]"#).is_ok());
        for bad in [
            r#"["en",1]"#,
            r#"{"locale":"en"} x"#,
            r#"{"locale":"en","other":1}"#,
            r#"{"count":1}"#,
        ] {
            let err = from_json_object::<Shape>("config", bad).unwrap_err();
            assert_eq!(err.code, "invalid_input", "{bad}");
        }
    }
}
