//! Sealed records: ChaCha20-Poly1305 with a random nonce, bound to the record's name.
//!
//! Layout of a record (all integers little-endian):
//! ```text
//! [0]      format version (1)
//! [1]      algorithm (1 = ChaCha20-Poly1305)
//! [2..14]  nonce, 12 random bytes
//! [14..]   ciphertext || 16-byte tag
//! ```
//! Associated data = bytes `[0..2]` || the record name, so a record copied or renamed to another
//! slot fails to open, as does one whose header was altered. The plaintext is
//! `u32 length || payload || zero padding` up to a multiple of [`PAD_TO`], so file sizes do not
//! reveal how long a report is.
//!
//! Random 96-bit nonces under one key are safe for about 2^32 seals (collision odds ~2^-32);
//! an outbox seals a few records per report, many orders of magnitude below that.

use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use thiserror::Error;

use crate::platform::{PlatformError, Random, SEALING_KEY_LEN};

/// Record format version; a new layout gets a new number and the opener keeps reading old ones.
pub const FORMAT_VERSION: u8 = 1;
/// Algorithm byte for ChaCha20-Poly1305.
pub const ALG_CHACHA20_POLY1305: u8 = 1;
const HEADER_LEN: usize = 2 + NONCE_LEN;
const LENGTH_PREFIX: usize = 4;
/// Plaintexts are padded to a multiple of this. 1 KiB hides a report's exact length (free text
/// is at most a few KiB) while costing little; evidence is referenced, never embedded.
pub const PAD_TO: usize = 1024;

/// Why a record could not be opened. Deliberately coarse: the record is quarantined either way.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SealError {
    /// Too short, unknown version or algorithm, failed authentication, or bad padding.
    #[error("sealed record is corrupt or was sealed with another key")]
    Unreadable,
    /// The plaintext is too large to seal (over 4 GiB).
    #[error("payload too large to seal")]
    TooLarge,
    /// The random source failed while drawing a nonce.
    #[error(transparent)]
    Platform(#[from] PlatformError),
}

/// Seals and opens records with one key.
pub struct Sealer {
    key: LessSafeKey,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(..)")
    }
}

impl Sealer {
    /// A sealer for `key`.
    pub fn new(key: &[u8; SEALING_KEY_LEN]) -> Sealer {
        // CHACHA20_POLY1305 takes exactly SEALING_KEY_LEN (32) bytes, which the type guarantees.
        let unbound = UnboundKey::new(&CHACHA20_POLY1305, key).expect("ChaCha20-Poly1305 keys are 32 bytes");
        Sealer {
            key: LessSafeKey::new(unbound),
        }
    }

    /// Seals `payload` for the record called `name`.
    pub fn seal(&self, name: &str, payload: &[u8], random: &dyn Random) -> Result<Vec<u8>, SealError> {
        let len = u32::try_from(payload.len()).map_err(|_| SealError::TooLarge)?;
        let mut nonce = [0u8; NONCE_LEN];
        random.fill(&mut nonce)?;
        let padded_len = (LENGTH_PREFIX + payload.len()).div_ceil(PAD_TO) * PAD_TO;
        let mut record = Vec::with_capacity(HEADER_LEN + padded_len + CHACHA20_POLY1305.tag_len());
        record.extend_from_slice(&[FORMAT_VERSION, ALG_CHACHA20_POLY1305]);
        record.extend_from_slice(&nonce);
        let mut body = Vec::with_capacity(padded_len + CHACHA20_POLY1305.tag_len());
        body.extend_from_slice(&len.to_le_bytes());
        body.extend_from_slice(payload);
        body.resize(padded_len, 0);
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(associated_data(&record[..2], name)),
                &mut body,
            )
            .map_err(|_| SealError::TooLarge)?;
        record.extend_from_slice(&body);
        Ok(record)
    }

    /// Opens a record read from the slot `name`.
    pub fn open(&self, name: &str, record: &[u8]) -> Result<Vec<u8>, SealError> {
        if record.len() < HEADER_LEN + CHACHA20_POLY1305.tag_len()
            || record[0] != FORMAT_VERSION
            || record[1] != ALG_CHACHA20_POLY1305
        {
            return Err(SealError::Unreadable);
        }
        let nonce =
            Nonce::try_assume_unique_for_key(&record[2..HEADER_LEN]).map_err(|_| SealError::Unreadable)?;
        let mut body = record[HEADER_LEN..].to_vec();
        let plain = self
            .key
            .open_in_place(nonce, Aad::from(associated_data(&record[..2], name)), &mut body)
            .map_err(|_| SealError::Unreadable)?;
        let (prefix, rest) = plain
            .split_at_checked(LENGTH_PREFIX)
            .ok_or(SealError::Unreadable)?;
        let len = u32::from_le_bytes(prefix.try_into().map_err(|_| SealError::Unreadable)?);
        let len = usize::try_from(len).map_err(|_| SealError::Unreadable)?;
        rest.get(..len).map(<[u8]>::to_vec).ok_or(SealError::Unreadable)
    }
}

fn associated_data(header: &[u8], name: &str) -> Vec<u8> {
    let mut ad = Vec::with_capacity(header.len() + name.len());
    ad.extend_from_slice(header);
    ad.extend_from_slice(name.as_bytes());
    ad
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::SeededRandom;
    use proptest::prelude::*;

    fn sealer() -> Sealer {
        Sealer::new(&[7; SEALING_KEY_LEN])
    }

    #[test]
    fn round_trips_and_pads_to_hide_length() {
        let r = SeededRandom::new(1);
        let short = sealer().seal("o1", b"hi", &r).unwrap();
        let longer = sealer().seal("o1", &[b'x'; 900], &r).unwrap();
        assert_eq!(short.len(), longer.len());
        assert_eq!(sealer().open("o1", &short).unwrap(), b"hi");
    }

    #[test]
    fn nonces_differ_per_seal() {
        let r = SeededRandom::new(1);
        assert_ne!(
            sealer().seal("o1", b"same", &r).unwrap(),
            sealer().seal("o1", b"same", &r).unwrap()
        );
    }

    #[test]
    fn record_is_bound_to_its_name_key_and_header() {
        let r = SeededRandom::new(1);
        let record = sealer().seal("o1", b"payload", &r).unwrap();
        assert_eq!(sealer().open("o2", &record), Err(SealError::Unreadable));
        assert_eq!(
            Sealer::new(&[8; SEALING_KEY_LEN]).open("o1", &record),
            Err(SealError::Unreadable)
        );
        let mut other_version = record.clone();
        other_version[0] = 2;
        assert_eq!(sealer().open("o1", &other_version), Err(SealError::Unreadable));
        assert_eq!(sealer().open("o1", &record[..10]), Err(SealError::Unreadable));
    }

    proptest! {
        #[test]
        fn any_flipped_bit_is_detected(payload in proptest::collection::vec(any::<u8>(), 0..300), bit in any::<prop::sample::Index>()) {
            let r = SeededRandom::new(3);
            let mut record = sealer().seal("o9", &payload, &r).unwrap();
            let i = bit.index(record.len() * 8);
            record[i / 8] ^= 1 << (i % 8);
            prop_assert_eq!(sealer().open("o9", &record), Err(SealError::Unreadable));
        }
    }
}
