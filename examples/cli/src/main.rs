//! `tellsafe`: a thin command line over the `tellsafe` crate (keys, signing, verifying, vectors).
// A command-line tool's job is to print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod checks;
mod wizard;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

mod client_cmd;

use clap::{Parser, Subcommand, ValueEnum};
use tellsafe::Timestamp;
use tellsafe::sign::http::Request;
use tellsafe::sign::{
    ECDSA_P256_SHA256, ED25519, Expectation, MemoryNonceStore, Profile, PublicKey, SignOptions, SigningKey,
    StaticKeys, Verifier, idempotency_key_value, sign_request,
};

/// Largest body `sign` reads from stdin: reports are capped far lower; this only stops a runaway pipe.
const MAX_STDIN_BYTES: u64 = 8 * 1024 * 1024;

#[derive(Parser)]
#[command(
    name = "tellsafe",
    version,
    about = "TellSafe keys, signed requests and test vectors"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Submit a report through the SDK client (scripted wizard with --answers, else Report JSON
    /// on stdin), send it, print its id (stdout) and status text (stderr).
    Submit {
        #[command(flatten)]
        connection: client_cmd::Connection,
        /// A JSON list of wizard answers.
        #[arg(long)]
        answers: Option<PathBuf>,
    },
    /// Print the reporter's status of a report.
    Status {
        /// The report id.
        id: String,
        #[command(flatten)]
        connection: client_cmd::Connection,
    },
    /// Generate a key pair: PKCS#8 PEM private key and SPKI PEM public key. Prints the key id.
    Keygen {
        /// Algorithm.
        #[arg(long, value_enum, default_value_t = Alg::P256)]
        alg: Alg,
        /// Private key file.
        #[arg(long)]
        out: PathBuf,
        /// Public key file.
        #[arg(long)]
        public_out: PathBuf,
    },
    /// Print the key id (RFC 7638 JWK thumbprint) of a public key.
    KeyId {
        /// SPKI PEM public key.
        #[arg(long)]
        public_key: PathBuf,
    },
    /// Sign the body on stdin as a TellSafe client request and print the HTTP/1.1 request.
    Sign {
        /// PKCS#8 PEM private key.
        #[arg(long)]
        key: PathBuf,
        /// Absolute target URL.
        #[arg(long)]
        url: String,
        /// Method (default POST with a body, GET without).
        #[arg(long)]
        method: Option<String>,
        /// Authorization header value; when absent, `authorization` is not covered.
        #[arg(long)]
        auth: Option<String>,
        /// Content-Type of the body.
        #[arg(long, default_value = "application/json")]
        content_type: String,
        /// Profile (default: report with a body, status without).
        #[arg(long, value_enum)]
        profile: Option<CliProfile>,
    },
    /// Verify the RFC 9421 signature and Content-Digest of an HTTP/1.1 request on stdin.
    /// Prints "valid" (exit 0) or the error code (exit 1).
    Verify {
        /// SPKI PEM public key; the request's keyid must be its thumbprint.
        #[arg(long)]
        public_key: PathBuf,
        /// Also enforce a TellSafe profile (tag, covered components, parameters).
        #[arg(long, value_enum)]
        profile: Option<CliProfile>,
        /// Scheme used to rebuild the target URI from Host and the request line.
        #[arg(long, default_value = "https")]
        scheme: String,
    },
    /// Print tests/vectors/signing.json.
    Vectors,
    /// Walk the report wizard in the terminal, or scripted from an answers file.
    Wizard(wizard::WizardArgs),
    /// Check flow files.
    Flows(checks::FlowsArgs),
    /// Check the shipped locales.
    Locales(checks::LocalesArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum Alg {
    /// ecdsa-p256-sha256
    P256,
    /// ed25519
    Ed25519,
}

#[derive(Clone, Copy, ValueEnum)]
enum CliProfile {
    /// Client request with a body (report, appeal, info, delete).
    Report,
    /// Client request without a body.
    Status,
    /// Key registration (proof of possession).
    KeyRegistration,
    /// Backend webhook.
    Webhook,
    /// Platform tool (decision API).
    PlatformTool,
}

impl From<CliProfile> for Profile {
    fn from(p: CliProfile) -> Profile {
        match p {
            CliProfile::Report => Profile::ClientRequest,
            CliProfile::Status => Profile::ClientStatusRequest,
            CliProfile::KeyRegistration => Profile::KeyRegistration,
            CliProfile::Webhook => Profile::Webhook,
            CliProfile::PlatformTool => Profile::PlatformTool,
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn now() -> Result<Timestamp, String> {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_millis();
    i64::try_from(millis)
        .ok()
        .and_then(Timestamp::from_unix_millis)
        .ok_or_else(|| "clock out of range".to_string())
}

fn read(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))
}

fn stdin_bytes() -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    std::io::stdin()
        .take(MAX_STDIN_BYTES)
        .read_to_end(&mut buf)
        .map_err(|e| e.to_string())?;
    Ok(buf)
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Keygen { alg, out, public_out } => {
            let alg = match alg {
                Alg::P256 => &ECDSA_P256_SHA256,
                Alg::Ed25519 => &ED25519,
            };
            let key = SigningKey::generate(alg).map_err(|e| e.to_string())?;
            write_private(&out, &key.to_pkcs8_pem())?;
            std::fs::write(&public_out, key.public_key().to_spki_pem()).map_err(|e| e.to_string())?;
            println!("key id: {}", key.key_id());
        }
        Command::KeyId { public_key } => {
            let key = PublicKey::from_spki_pem(&read(&public_key)?).map_err(|e| e.to_string())?;
            println!("{}", key.key_id());
        }
        Command::Sign {
            key,
            url,
            method,
            auth,
            content_type,
            profile,
        } => {
            let key = SigningKey::from_pkcs8_pem(&read(&key)?).map_err(|e| e.to_string())?;
            let body = stdin_bytes()?;
            let profile = profile.map(Profile::from).unwrap_or(if body.is_empty() {
                Profile::ClientStatusRequest
            } else {
                Profile::ClientRequest
            });
            let method = method.unwrap_or_else(|| if body.is_empty() { "GET" } else { "POST" }.to_string());
            let mut request = Request::new(method, url).map_err(|e| e.to_string())?;
            let authority = request.uri_parts().map_err(|e| e.to_string())?.authority;
            request.headers.append("Host", authority);
            if profile.covers_body() {
                request.headers.append("Content-Type", content_type);
                request.headers.append("Content-Length", body.len().to_string());
            }
            if let Some(auth) = auth {
                request.headers.append("Authorization", auth);
            }
            if let Some(id) = report_id(&body) {
                request.headers.append(
                    "Idempotency-Key",
                    idempotency_key_value(&id).map_err(|e| e.to_string())?,
                );
            }
            request.body = body;
            let options = SignOptions::with_random_nonce(now()?).map_err(|e| e.to_string())?;
            pollster::block_on(sign_request(&mut request, profile, &key, &options))
                .map_err(|e| e.to_string())?;
            let text = request.to_http1().map_err(|e| e.to_string())?;
            std::io::stdout().write_all(&text).map_err(|e| e.to_string())?;
        }
        Command::Verify {
            public_key,
            profile,
            scheme,
        } => {
            let key = PublicKey::from_spki_pem(&read(&public_key)?).map_err(|e| e.to_string())?;
            let request = match Request::parse_http1(&stdin_bytes()?, &scheme) {
                Ok(r) => r,
                Err(_) => {
                    println!("malformed_request");
                    return Ok(ExitCode::FAILURE);
                }
            };
            let verifier = Verifier::new(StaticKeys::new([key]), MemoryNonceStore::default());
            let expect = profile.map_or(Expectation::Any, |p| Expectation::Profile(p.into()));
            return Ok(
                match pollster::block_on(verifier.verify_request(&request, expect, now()?)) {
                    Ok(_) => {
                        println!("valid");
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        println!("{}", e.code());
                        ExitCode::FAILURE
                    }
                },
            );
        }
        Command::Submit { connection, answers } => {
            let stdin = if answers.is_none() {
                stdin_bytes()?
            } else {
                Vec::new()
            };
            client_cmd::submit(&connection, answers.as_ref(), stdin)?;
        }
        Command::Status { id, connection } => client_cmd::status(&connection, &id)?,
        Command::Wizard(args) => return Ok(ExitCode::from(wizard::run(args))),
        Command::Flows(args) => return Ok(ExitCode::from(checks::flows(args))),
        Command::Locales(args) => return Ok(ExitCode::from(checks::locales(args))),
        Command::Vectors => {
            let v = tellsafe::sign::vectors::signing_vectors().map_err(|e| e.to_string())?;
            println!("{}", serde_json::to_string_pretty(&v).map_err(|e| e.to_string())?);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The report id when the body is a JSON object with a string `id` (a report), for Idempotency-Key.
fn report_id(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    value.get("id")?.as_str().map(str::to_string)
}

/// Writes a private key readable by the owner only where the platform supports it.
fn write_private(path: &PathBuf, pem: &str) -> Result<(), String> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(|e| format!("writing {}: {e}", path.display()))?;
    file.write_all(pem.as_bytes()).map_err(|e| e.to_string())
}
