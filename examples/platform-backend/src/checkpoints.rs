//! Signed checkpoints of the audit chain, made with a key the server process never holds.
//!
//! The hash chain alone shows edits only to someone who kept an old head: an attacker with
//! write access to the database can rewrite a row and recompute every later hash. So a
//! separate command (`platform-backend audit-sign`, run by another user from cron or with
//! `--every-secs`) reads the chain head, signs `(seq, hash, at, previous checkpoint)` with an
//! Ed25519 key (`audit-keygen`; never committed, never given to the server), and appends one
//! JSON line to an append-only checkpoint file. `audit-verify --checkpoints --public-key`
//! checks every line's signature against the pinned public key, the lines' own chain, and that
//! the audit row at each checkpointed `seq` still has the signed hash: a rewritten chain fails
//! even if every hash was recomputed.

use std::fs::OpenOptions;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::digest::{SHA256, digest};
use ring::rand::SystemRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

/// Domain separation: a checkpoint signature can never be mistaken for any other signature.
const DOMAIN: &str = "tellsafe-audit-checkpoint-v1";
/// PEM label of the private key file (PKCS#8).
const PEM_LABEL: &str = "PRIVATE KEY";
/// Base64 line length in the PEM file.
const PEM_LINE: usize = 64;

/// Why a checkpoint command failed (names files and fields, never key material).
#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    /// Reading or writing a file failed.
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    /// The key file is not a PKCS#8 Ed25519 key in PEM.
    #[error("the key file is not an Ed25519 PKCS#8 PEM key")]
    BadKey,
    /// The public key is not 32 bytes of base64.
    #[error("the public key is not a base64 Ed25519 key")]
    BadPublicKey,
    /// Refusing to overwrite an existing key file.
    #[error("the key file already exists")]
    KeyExists,
    /// Key generation or signing failed.
    #[error("signing failed")]
    Crypto,
    /// SQLite failed.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// One line of the checkpoint file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// The audit row signed (the chain head when signed; 0 for an empty log).
    pub seq: i64,
    /// That row's hash, hex.
    pub hash: String,
    /// When it was signed, Unix milliseconds (the signer's clock).
    pub at: i64,
    /// SHA-256 of the previous line (hex), or empty for the first.
    pub prev: String,
    /// Base64 Ed25519 signature over [`Checkpoint::message`].
    pub sig: String,
}

impl Checkpoint {
    fn message(seq: i64, hash: &str, at: i64, prev: &str) -> Vec<u8> {
        format!("{DOMAIN}\n{seq}\n{hash}\n{at}\n{prev}").into_bytes()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Generates a signing key into `path` (mode 0600, never overwriting); returns the public key
/// (base64), which is also written to `<path>.pub` for `audit-verify --public-key`.
pub fn keygen(path: &Path) -> Result<String, CheckpointError> {
    if path.exists() {
        return Err(CheckpointError::KeyExists);
    }
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).map_err(|_| CheckpointError::Crypto)?;
    let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).map_err(|_| CheckpointError::Crypto)?;
    let b64 = STANDARD.encode(pkcs8.as_ref());
    let mut pem = format!("-----BEGIN {PEM_LABEL}-----\n");
    for chunk in b64.as_bytes().chunks(PEM_LINE) {
        pem.push_str(std::str::from_utf8(chunk).map_err(|_| CheckpointError::Crypto)?);
        pem.push('\n');
    }
    pem.push_str(&format!("-----END {PEM_LABEL}-----\n"));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(pem.as_bytes())?;
    let public = STANDARD.encode(pair.public_key().as_ref());
    let mut pub_path = path.as_os_str().to_owned();
    pub_path.push(".pub");
    std::fs::write(pub_path, format!("{public}\n"))?;
    Ok(public)
}

fn load_key(path: &Path) -> Result<Ed25519KeyPair, CheckpointError> {
    let text = std::fs::read_to_string(path)?;
    let b64: String = text
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .map(str::trim)
        .collect();
    let der = STANDARD.decode(b64).map_err(|_| CheckpointError::BadKey)?;
    Ed25519KeyPair::from_pkcs8(&der).map_err(|_| CheckpointError::BadKey)
}

/// Reads a public key given as base64 or as a file holding base64.
pub fn load_public_key(text_or_path: &str) -> Result<Vec<u8>, CheckpointError> {
    let text = match std::fs::read_to_string(text_or_path) {
        Ok(t) => t,
        Err(_) => text_or_path.to_owned(),
    };
    let raw = STANDARD
        .decode(text.trim())
        .map_err(|_| CheckpointError::BadPublicKey)?;
    if raw.len() != 32 {
        return Err(CheckpointError::BadPublicKey);
    }
    Ok(raw)
}

/// Reads every checkpoint line (a line that does not parse is kept as an error by the verifier).
fn read_lines(path: &Path) -> Result<Vec<String>, CheckpointError> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let file = std::fs::File::open(path)?;
    let mut out = Vec::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        if !line.trim().is_empty() {
            out.push(line);
        }
    }
    Ok(out)
}

/// The chain head: (seq, hash) of the last audit row, (0, zeros) for an empty log.
fn head(conn: &Connection) -> rusqlite::Result<(i64, Vec<u8>)> {
    Ok(conn
        .query_row("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
        .unwrap_or((0, vec![0u8; 32])))
}

/// Signs the current chain head of `conn` with the key at `key` and appends the checkpoint to
/// `file` (opened append-only, synced before returning).
pub fn sign(
    conn: &Connection,
    key: &Path,
    file: &Path,
    now_millis: i64,
) -> Result<Checkpoint, CheckpointError> {
    let pair = load_key(key)?;
    let prev = read_lines(file)?
        .last()
        .map(|l| hex(digest(&SHA256, l.as_bytes()).as_ref()))
        .unwrap_or_default();
    let (seq, hash) = head(conn)?;
    let hash = hex(&hash);
    let sig = pair.sign(&Checkpoint::message(seq, &hash, now_millis, &prev));
    let checkpoint = Checkpoint {
        seq,
        hash,
        at: now_millis,
        prev,
        sig: STANDARD.encode(sig.as_ref()),
    };
    let line = serde_json::to_string(&checkpoint).map_err(|_| CheckpointError::Crypto)?;
    let mut out = OpenOptions::new().create(true).append(true).open(file)?;
    out.write_all(format!("{line}\n").as_bytes())?;
    out.sync_all()?;
    Ok(checkpoint)
}

/// What the checkpoint check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckpointVerdict {
    /// Every checkpoint is signed and matches the chain.
    Consistent {
        /// Checkpoints checked.
        checkpoints: usize,
    },
    /// The first checkpoint that fails.
    Mismatch {
        /// Its line number, from 1.
        line: usize,
        /// What is wrong.
        reason: &'static str,
    },
}

/// Checks every checkpoint in `file` against `public_key` and the audit rows of `conn`.
/// (Run [`crate::audit::verify`] too: this checks the signed heads, that checks the links.)
pub fn verify(
    conn: &Connection,
    file: &Path,
    public_key: &[u8],
) -> Result<CheckpointVerdict, CheckpointError> {
    let key = UnparsedPublicKey::new(&ED25519, public_key);
    let lines = read_lines(file)?;
    let mut prev = String::new();
    for (index, line) in lines.iter().enumerate() {
        let mismatch = |reason| {
            Ok(CheckpointVerdict::Mismatch {
                line: index + 1,
                reason,
            })
        };
        let Ok(cp) = serde_json::from_str::<Checkpoint>(line) else {
            return mismatch("line does not parse");
        };
        let Ok(sig) = STANDARD.decode(&cp.sig) else {
            return mismatch("signature is not base64");
        };
        if key
            .verify(&Checkpoint::message(cp.seq, &cp.hash, cp.at, &cp.prev), &sig)
            .is_err()
        {
            return mismatch("signature does not verify with the pinned key");
        }
        if cp.prev != prev {
            return mismatch("link to the previous checkpoint does not match (a line was removed)");
        }
        prev = hex(digest(&SHA256, line.as_bytes()).as_ref());
        if cp.seq == 0 {
            continue;
        }
        let stored: Option<Vec<u8>> = conn
            .query_row("SELECT hash FROM audit WHERE seq = ?1", [cp.seq], |r| r.get(0))
            .optional()?;
        match stored {
            None => return mismatch("the checkpointed audit row is missing (log truncated)"),
            Some(hash) if hex(&hash) != cp.hash => {
                return mismatch("the audit chain was rewritten (row hash differs from the signed head)");
            }
            Some(_) => {}
        }
    }
    Ok(CheckpointVerdict::Consistent {
        checkpoints: lines.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{Entry, append};

    fn db(rows: i64, actor: &str) -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        for i in 0..rows {
            append(
                &conn,
                &Entry {
                    at: i,
                    actor,
                    action: "case.viewed",
                    subject: "case:1",
                    detail: "{}",
                },
            )
            .unwrap();
        }
        conn
    }

    #[test]
    fn signed_heads_catch_a_recomputed_chain_a_removed_line_and_a_foreign_key() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("audit.key");
        let file = dir.path().join("checkpoints.jsonl");
        let public = load_public_key(&keygen(&key).unwrap()).unwrap();
        assert!(matches!(keygen(&key), Err(CheckpointError::KeyExists)));
        let conn = db(3, "reviewer:r");
        sign(&conn, &key, &file, 1).unwrap();
        append(
            &conn,
            &Entry {
                at: 9,
                actor: "reviewer:r",
                action: "case.viewed",
                subject: "case:2",
                detail: "{}",
            },
        )
        .unwrap();
        sign(&conn, &key, &file, 2).unwrap();
        assert_eq!(
            verify(&conn, &file, &public).unwrap(),
            CheckpointVerdict::Consistent { checkpoints: 2 }
        );
        // A fully recomputed chain with one actor changed: intact by its own hashes.
        let forged = db(4, "reviewer:mallory");
        assert!(matches!(
            crate::audit::verify(&forged).unwrap(),
            crate::audit::Verdict::Intact { .. }
        ));
        assert!(matches!(
            verify(&forged, &file, &public).unwrap(),
            CheckpointVerdict::Mismatch { line: 1, .. }
        ));
        // Truncated log.
        assert!(matches!(
            verify(&db(2, "reviewer:r"), &file, &public).unwrap(),
            CheckpointVerdict::Mismatch { line: 1, .. }
        ));
        // Another key.
        let other = dir.path().join("other.key");
        let other_public = load_public_key(&keygen(&other).unwrap()).unwrap();
        assert!(matches!(
            verify(&conn, &file, &other_public).unwrap(),
            CheckpointVerdict::Mismatch { line: 1, .. }
        ));
        // A removed first line breaks the second line's link.
        let lines = std::fs::read_to_string(&file).unwrap();
        let second = lines.lines().nth(1).unwrap();
        std::fs::write(&file, format!("{second}\n")).unwrap();
        assert!(matches!(
            verify(&conn, &file, &public).unwrap(),
            CheckpointVerdict::Mismatch { line: 1, .. }
        ));
    }
}
