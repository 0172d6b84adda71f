//! Start-up settings of the trust-and-safety governance features: the staff roster with
//! roles, the webhook endpoint, and the platform tools allowed to drive decisions.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use tellsafe::sign::{Algorithm, PublicKey};

use crate::roles::{Roster, RosterError};

/// Governance settings, shared by every handler.
#[derive(Debug, Clone, Default)]
pub struct Governance {
    /// Staff and their roles (DEMO tokens).
    pub roster: Roster,
    /// Where webhooks are delivered, if anywhere.
    pub webhook_url: Option<String>,
    /// Public keys of platform tools allowed to call the decision API.
    pub integration_keys: Vec<PublicKey>,
}

/// Why the governance options are unusable (names the option, never a value).
#[derive(Debug, thiserror::Error)]
pub enum GovernanceError {
    /// The staff options.
    #[error(transparent)]
    Roster(#[from] RosterError),
    /// An `--integration-key` is not `alg:BASE64` of a supported algorithm.
    #[error("--integration-key must be alg:BASE64 (ed25519 or ecdsa-p256-sha256, raw public key)")]
    IntegrationKey,
    /// `--webhook-url` is not an absolute http(s) URL.
    #[error("--webhook-url must be an absolute http or https URL")]
    WebhookUrl,
}

impl Governance {
    /// Builds the settings from the command line.
    pub fn new(
        reviewers: &[(String, String)],
        staff: &[String],
        webhook_url: Option<String>,
        integration_keys: &[String],
    ) -> Result<Governance, GovernanceError> {
        let roster = Roster::new(reviewers, staff)?;
        if let Some(url) = &webhook_url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(GovernanceError::WebhookUrl);
            }
        }
        let integration_keys = integration_keys
            .iter()
            .map(|entry| parse_key(entry).ok_or(GovernanceError::IntegrationKey))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Governance {
            roster,
            webhook_url,
            integration_keys,
        })
    }
}

fn parse_key(entry: &str) -> Option<PublicKey> {
    let (alg, b64) = entry.split_once(':')?;
    let alg = Algorithm::from_name(alg)?;
    let raw = STANDARD.decode(b64.trim()).ok()?;
    PublicKey::from_raw(alg, &raw).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integration_keys_and_urls_are_checked() {
        let key = tellsafe::sign::SigningKey::generate(&tellsafe::sign::ED25519).unwrap();
        let entry = format!("ed25519:{}", STANDARD.encode(key.public_key().raw()));
        let g = Governance::new(&[], &[], Some("http://127.0.0.1:9/h".into()), &[entry]).unwrap();
        assert_eq!(g.integration_keys[0].key_id(), key.public_key().key_id());
        assert!(matches!(
            Governance::new(&[], &[], None, &["ed25519:!!".into()]),
            Err(GovernanceError::IntegrationKey)
        ));
        assert!(matches!(
            Governance::new(&[], &[], Some("ftp://x".into()), &[]),
            Err(GovernanceError::WebhookUrl)
        ));
    }
}
