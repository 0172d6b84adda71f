//! Jurisdiction packs (in progress).
