//! Unit tests of the exports (golden files live in `core/tests/exports_golden.rs`).
