//! Body limits and content-type dispatch.
//!
//! The backend decides how to read a body from its `content-type` alone, so the sealed format
//! reserved in DESIGN (`application/tellsafe-sealed`, HPKE) can be added without touching any
//! code that assumes plain JSON.

use thiserror::Error;

/// Largest request body accepted: a Report v1 with every field at its limit is far below this
/// (free text is a few thousand scalar values), so anything bigger is a bug or an attack.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Deepest JSON nesting accepted. Report v1 nests four levels (report -> answers -> list ->
/// value); 32 leaves room for growth while stopping stack-exhaustion payloads before parsing.
pub const MAX_JSON_DEPTH: usize = 32;

/// The reserved content type of end-to-end sealed bodies (not accepted yet).
pub const SEALED_CONTENT_TYPE: &str = "application/tellsafe-sealed";

/// How a body is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// `application/json` (parameters such as `charset=utf-8` allowed).
    Json,
    /// `application/tellsafe-sealed`: reserved; a backend answers `unsupported_media_type` until
    /// the sealed format lands.
    Sealed,
}

/// Why a body was refused before parsing. Names the limit, never the content.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BodyError {
    /// The `content-type` header is missing or names a type this server does not read.
    #[error("unsupported content-type")]
    UnsupportedContentType,
    /// The body is longer than [`MAX_BODY_BYTES`].
    #[error("body exceeds {MAX_BODY_BYTES} bytes")]
    TooLarge,
    /// The body nests deeper than [`MAX_JSON_DEPTH`].
    #[error("body nests deeper than {MAX_JSON_DEPTH} levels")]
    TooDeep,
}

impl BodyKind {
    /// Classifies a `content-type` header value (case-insensitive, parameters ignored).
    pub fn from_content_type(value: Option<&str>) -> Result<BodyKind, BodyError> {
        let value = value.ok_or(BodyError::UnsupportedContentType)?;
        let essence = value
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        match essence.as_str() {
            "application/json" => Ok(BodyKind::Json),
            SEALED_CONTENT_TYPE => Ok(BodyKind::Sealed),
            _ => Err(BodyError::UnsupportedContentType),
        }
    }
}

/// Checks size and JSON nesting depth without parsing, so a hostile body costs one linear scan.
/// Brackets inside strings (including escaped quotes) do not count.
pub fn check_json_depth(body: &[u8]) -> Result<(), BodyError> {
    if body.len() > MAX_BODY_BYTES {
        return Err(BodyError::TooLarge);
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &byte in body {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_JSON_DEPTH {
                    return Err(BodyError::TooDeep);
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_dispatch() {
        assert_eq!(
            BodyKind::from_content_type(Some("application/json")),
            Ok(BodyKind::Json)
        );
        assert_eq!(
            BodyKind::from_content_type(Some("Application/JSON; charset=utf-8")),
            Ok(BodyKind::Json)
        );
        assert_eq!(
            BodyKind::from_content_type(Some(SEALED_CONTENT_TYPE)),
            Ok(BodyKind::Sealed)
        );
        assert_eq!(
            BodyKind::from_content_type(Some("text/plain")),
            Err(BodyError::UnsupportedContentType)
        );
        assert_eq!(
            BodyKind::from_content_type(None),
            Err(BodyError::UnsupportedContentType)
        );
    }

    #[test]
    fn depth_limit_is_exact() {
        let at_limit = format!("{}{}", "[".repeat(MAX_JSON_DEPTH), "]".repeat(MAX_JSON_DEPTH));
        assert_eq!(check_json_depth(at_limit.as_bytes()), Ok(()));
        let over = format!(
            "{}{}",
            "[".repeat(MAX_JSON_DEPTH + 1),
            "]".repeat(MAX_JSON_DEPTH + 1)
        );
        assert_eq!(check_json_depth(over.as_bytes()), Err(BodyError::TooDeep));
    }

    #[test]
    fn brackets_in_strings_do_not_count() {
        let text = format!(r#"{{"t": "{}\"{}"}}"#, "[".repeat(100), "{".repeat(100));
        assert_eq!(check_json_depth(text.as_bytes()), Ok(()));
    }

    #[test]
    fn size_limit_is_exact() {
        let mut body = vec![b' '; MAX_BODY_BYTES];
        assert_eq!(check_json_depth(&body), Ok(()));
        body.push(b' ');
        assert_eq!(check_json_depth(&body), Err(BodyError::TooLarge));
    }
}
