//! `tellsafe submit` and `tellsafe status`: the SDK client from the command line, over the
//! reqwest transport, with sealed records in a local directory.

use std::path::PathBuf;
use std::sync::Arc;

use async_trait::async_trait;
use clap::Args;
use tellsafe::client::{AuthError, AuthHeaderProvider, AuthSession, ClientConfig, SoftwareKeys, TellSafe};
use tellsafe::flow::{
    Answer, EMBEDDED_FLOW, EMBEDDED_SCRIPTS, EmbeddedLocales, NotifyPreference, PackPolicy, Wizard,
};
use tellsafe::i18n::strip_isolation;
use tellsafe::platform::{Clock, OsRandom, SystemClock};
use tellsafe::report::{Platform, Report};
use tellsafe::sign::{ED25519, PublicKey, SigningKey};
use tellsafe::storage::file::{FileKeyStore, FileStorage};
use tellsafe::transport::HttpTransport;
use tellsafe::{AgeBand, AgeSignalSource};

/// How to reach and trust the backend, and who is signed in.
#[derive(Args, Debug)]
pub struct Connection {
    /// Backend base URL (https, or http on loopback).
    #[arg(long)]
    backend: String,
    /// The backend's public key: SPKI PEM, or the raw ed25519 key in base64 as printed at start-up.
    #[arg(long)]
    backend_pubkey: PathBuf,
    /// The install's PKCS#8 PEM private key (`tellsafe keygen`).
    #[arg(long)]
    key: PathBuf,
    /// The platform bearer token of the signed-in account.
    #[arg(long)]
    auth: String,
    /// The account id the token belongs to (default: the token itself).
    #[arg(long)]
    account: Option<String>,
    /// Directory for sealed records (outbox, history, status cache).
    #[arg(long, default_value = ".tellsafe-data")]
    data: PathBuf,
    /// Reporter locale.
    #[arg(long, default_value = "en")]
    locale: String,
    /// Reporter age band (6-9, 10-12, 13-15, 16-17, adult).
    #[arg(long, default_value = "13-15")]
    age_band: String,
}

struct TokenAuth(AuthSession);

#[async_trait]
impl AuthHeaderProvider for TokenAuth {
    async fn current(&self) -> Result<AuthSession, AuthError> {
        Ok(self.0.clone())
    }
    async fn refresh(&self) -> Result<AuthSession, AuthError> {
        Ok(self.0.clone())
    }
}

fn backend_key(path: &PathBuf) -> Result<PublicKey, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    if text.contains("BEGIN PUBLIC KEY") {
        return PublicKey::from_spki_pem(&text).map_err(|e| e.to_string());
    }
    use base64::Engine;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|_| "backend public key is neither SPKI PEM nor base64".to_string())?;
    PublicKey::from_raw(&ED25519, &raw).map_err(|e| e.to_string())
}

async fn open(c: &Connection) -> Result<TellSafe, String> {
    let key_pem = std::fs::read_to_string(&c.key).map_err(|e| format!("reading {}: {e}", c.key.display()))?;
    let key = SigningKey::from_pkcs8_pem(&key_pem).map_err(|e| e.to_string())?;
    let random = Arc::new(OsRandom::new());
    let age_band: AgeBand = serde_json::from_value(serde_json::Value::String(c.age_band.clone()))
        .map_err(|_| "unknown --age-band")?;
    let clock = Arc::new(SystemClock);
    let wizard = Wizard::from_json(
        EMBEDDED_FLOW,
        EMBEDDED_SCRIPTS,
        Arc::new(PackPolicy::embedded(clock.now())),
        Arc::new(EmbeddedLocales {
            allow_draft_locales: true,
        }),
    )
    .map_err(|e| e.to_string())?;
    let config = ClientConfig {
        backend_url: c.backend.clone(),
        backend_keys: vec![backend_key(&c.backend_pubkey)?],
        platform: Platform::Other,
        app_version: env!("CARGO_PKG_VERSION").into(),
        app_name: "TellSafe demo".into(),
        locale: c.locale.clone(),
        country: "GB".into(),
        age_band,
        age_source: Some(AgeSignalSource::Declared),
        keys: Arc::new(SoftwareKeys::new(key)),
        key_store: Arc::new(
            FileKeyStore::open(c.data.join("keys"), random.clone()).map_err(|e| e.to_string())?,
        ),
        storage: Arc::new(FileStorage::open(c.data.join("records")).map_err(|e| e.to_string())?),
        clock,
        random,
        transport: Arc::new(HttpTransport::new().map_err(|e| e.to_string())?),
        auth: Arc::new(TokenAuth(AuthSession {
            account: c.account.clone().unwrap_or_else(|| c.auth.clone()),
            authorization: format!("Bearer {}", c.auth),
        })),
        listener: None,
        localizer: None,
        outbox: Default::default(),
        wizard: Some(Arc::new(wizard)),
    };
    TellSafe::open(config).await.map_err(|e| e.to_string())
}

fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())
}

/// `submit`: a scripted wizard run (`--answers FILE`: a JSON list of answers such as
/// `{"choose": "bullying"}`, `"continue"`, `{"text": "..."}`), or a Report v1 JSON on stdin.
/// Queues it durably, sends it, prints the id and the reporter's status text.
pub fn submit(c: &Connection, answers: Option<&PathBuf>, stdin: Vec<u8>) -> Result<(), String> {
    runtime()?.block_on(async {
        let client = open(c).await?;
        let sent = match answers {
            Some(path) => {
                let text =
                    std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
                let script: Vec<Answer> =
                    serde_json::from_str(&text).map_err(|e| format!("--answers: {e}"))?;
                client
                    .start_session(None, Vec::new())
                    .map_err(|e| e.to_string())?;
                for answer in script {
                    client.answer(answer).map_err(|e| e.to_string())?;
                }
                client
                    .submit_session(Vec::new())
                    .await
                    .map_err(|e| e.to_string())?
            }
            None => {
                let report = Report::from_json(&stdin).map_err(|e| format!("report on stdin: {e}"))?;
                client
                    .submit(&report, NotifyPreference::DontNotify, &[])
                    .await
                    .map_err(|e| e.to_string())?
            }
        };
        println!("{}", sent.id);
        let summary = client.flush().await.map_err(|e| e.to_string())?;
        if !summary.delivered.contains(&sent.id) {
            eprintln!(
                "queued; will be sent on the next run (delivery health: {:?})",
                client.delivery_health()
            );
        }
        let view = client.status(sent.id).await.map_err(|e| e.to_string())?;
        // Fluent's bidi isolation marks help in a UI but show as stray glyphs in a terminal.
        eprintln!(
            "{}: {}",
            strip_isolation(&view.title),
            strip_isolation(&view.text)
        );
        Ok(())
    })
}

/// `status ID`: fetches, verifies and prints the reporter's status.
pub fn status(c: &Connection, id: &str) -> Result<(), String> {
    let id: uuid::Uuid = id.parse().map_err(|_| "ID is not a UUID".to_string())?;
    runtime()?.block_on(async {
        let client = open(c).await?;
        let _ = client.flush().await;
        let view = client.status(id).await.map_err(|e| e.to_string())?;
        println!("{}", strip_isolation(&view.title));
        println!("{}", strip_isolation(&view.text));
        for line in &view.outcome_texts {
            println!("- {}", strip_isolation(line));
        }
        Ok(())
    })
}
