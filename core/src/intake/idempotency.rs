//! Idempotency per (account, report id), decided from what is stored.
//!
//! The key id is metadata: a report resent under a rotated key is still one report, so the
//! comparison is on the body digest alone.

/// What to do with a report whose id may have been seen before for this account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdempotencyOutcome {
    /// Never seen: store it and answer 201.
    Fresh,
    /// Seen with the same body: answer 200 with the stored receipt, re-signed.
    Duplicate,
    /// Seen with a different body: answer 422 `idempotency_mismatch`.
    Mismatch,
    /// Another request for the same id is being stored right now: answer 409 `in_progress`.
    InProgress,
}

/// Decides from the stored body digest (if any), whether a concurrent request holds the id,
/// and the new body's digest.
pub fn decide_idempotency(
    stored_digest: Option<&[u8]>,
    concurrent: bool,
    new_digest: &[u8],
) -> IdempotencyOutcome {
    match stored_digest {
        Some(stored) if stored == new_digest => IdempotencyOutcome::Duplicate,
        Some(_) => IdempotencyOutcome::Mismatch,
        None if concurrent => IdempotencyOutcome::InProgress,
        None => IdempotencyOutcome::Fresh,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes() {
        assert_eq!(decide_idempotency(None, false, b"a"), IdempotencyOutcome::Fresh);
        assert_eq!(
            decide_idempotency(None, true, b"a"),
            IdempotencyOutcome::InProgress
        );
        assert_eq!(
            decide_idempotency(Some(b"a"), false, b"a"),
            IdempotencyOutcome::Duplicate
        );
        assert_eq!(
            decide_idempotency(Some(b"a"), true, b"a"),
            IdempotencyOutcome::Duplicate
        );
        assert_eq!(
            decide_idempotency(Some(b"a"), false, b"b"),
            IdempotencyOutcome::Mismatch
        );
    }
}
