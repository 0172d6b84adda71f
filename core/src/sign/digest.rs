//! `Content-Digest` (RFC 9530): a structured dictionary of `algorithm=:base64:` over the body bytes.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::digest;
use sfv::{BareItem, Dictionary, ListEntry, Parser};

/// A digest algorithm from the RFC 9530 registry that we compute and accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DigestAlgorithm {
    /// `sha-256`: what TellSafe emits.
    Sha256,
    /// `sha-512`: accepted (the RFC 9421 examples use it).
    Sha512,
}

impl DigestAlgorithm {
    /// The registry key, e.g. `sha-256`.
    pub fn key(self) -> &'static str {
        match self {
            DigestAlgorithm::Sha256 => "sha-256",
            DigestAlgorithm::Sha512 => "sha-512",
        }
    }

    fn from_key(key: &str) -> Option<DigestAlgorithm> {
        match key {
            "sha-256" => Some(DigestAlgorithm::Sha256),
            "sha-512" => Some(DigestAlgorithm::Sha512),
            _ => None,
        }
    }

    fn ring(self) -> &'static digest::Algorithm {
        match self {
            DigestAlgorithm::Sha256 => &digest::SHA256,
            DigestAlgorithm::Sha512 => &digest::SHA512,
        }
    }
}

/// Why a `Content-Digest` did not check out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DigestError {
    /// The field is not a structured dictionary of byte sequences.
    #[error("content-digest is not a valid structured dictionary of byte sequences")]
    Malformed,
    /// No algorithm in the field is one we support, so nothing can be checked.
    #[error("content-digest names no supported algorithm")]
    Unsupported,
    /// A supported digest does not match the body.
    #[error("content-digest does not match the body")]
    Mismatch,
}

/// The `Content-Digest` field value for `body`, e.g. `sha-256=:47DEQpj8...=:`.
pub fn content_digest(body: &[u8], algorithm: DigestAlgorithm) -> String {
    let hash = digest::digest(algorithm.ring(), body);
    format!("{}=:{}:", algorithm.key(), STANDARD.encode(hash.as_ref()))
}

/// Checks a `Content-Digest` field value against `body`: every supported algorithm present must
/// match, and at least one must be present. Unknown algorithms are ignored (RFC 9530 §2).
pub fn verify_content_digest(field_value: &str, body: &[u8]) -> Result<(), DigestError> {
    let dict: Dictionary = Parser::new(field_value)
        .parse()
        .map_err(|_| DigestError::Malformed)?;
    let mut checked = 0usize;
    for (key, entry) in &dict {
        let ListEntry::Item(item) = entry else {
            return Err(DigestError::Malformed);
        };
        let BareItem::ByteSequence(expected) = &item.bare_item else {
            return Err(DigestError::Malformed);
        };
        let Some(algorithm) = DigestAlgorithm::from_key(key.as_str()) else {
            continue;
        };
        let actual = digest::digest(algorithm.ring(), body);
        if actual.as_ref() != expected.as_slice() {
            return Err(DigestError::Mismatch);
        }
        checked += 1;
    }
    if checked == 0 {
        return Err(DigestError::Unsupported);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Values from /work/shared/reference/rfc9421-vectors.md (RFC 9421 B.2 and RFC 9530 examples).
    #[test]
    fn rfc_vectors() {
        assert_eq!(
            content_digest(br#"{"hello": "world"}"#, DigestAlgorithm::Sha512),
            "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:"
        );
        assert_eq!(
            content_digest(br#"{"message": "good dog"}"#, DigestAlgorithm::Sha512),
            "sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41QJgJc4GTsPp29l5oGX69wWdXymyU0rjJuahq4l5aGgfLQ==:"
        );
        assert_eq!(
            content_digest(b"{\"hello\": \"world\"}\n", DigestAlgorithm::Sha256),
            "sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:"
        );
        assert_eq!(
            content_digest(b"", DigestAlgorithm::Sha256),
            "sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:"
        );
    }

    #[test]
    fn verify_accepts_own_output_and_rejects_changes() {
        let body = b"{\"a\":1}";
        for alg in [DigestAlgorithm::Sha256, DigestAlgorithm::Sha512] {
            let value = content_digest(body, alg);
            assert_eq!(verify_content_digest(&value, body), Ok(()));
            assert_eq!(
                verify_content_digest(&value, b"{\"a\":2}"),
                Err(DigestError::Mismatch)
            );
        }
        let both = format!(
            "{}, {}, md5=:AAAA:",
            content_digest(body, DigestAlgorithm::Sha256),
            content_digest(body, DigestAlgorithm::Sha512)
        );
        assert_eq!(verify_content_digest(&both, body), Ok(()));
        assert_eq!(
            verify_content_digest("md5=:AAAA:", body),
            Err(DigestError::Unsupported)
        );
        assert_eq!(
            verify_content_digest("sha-256=abc", body),
            Err(DigestError::Malformed)
        );
        assert_eq!(
            verify_content_digest("sha-256=:!!:", body),
            Err(DigestError::Malformed)
        );
    }
}
