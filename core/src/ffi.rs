//! uniffi scaffolding for the plain core types that carry `#[cfg_attr(feature = "uniffi",
//! derive(uniffi::Record / uniffi::Enum))]` (the Bitwarden pattern: a type is written once, in
//! core, and the `tellsafe-ffi` crate exposes calls over it).
//!
//! The scaffolding macro emits the `extern "C"` functions foreign code calls (`unsafe` by
//! nature); it is the only place core allows generated unsafe code, and only with the feature.
//! The namespace `tellsafe_core` keeps these types apart from the FFI crate's `tellsafe`
//! namespace in the generated Kotlin package, Swift file and Python module.

uniffi::setup_scaffolding!("tellsafe_core");

use crate::Timestamp;

// A time crosses the boundary as Unix milliseconds (`Long` / `Int64` / `int`): every platform
// has a lossless conversion, and an out-of-range value is refused here rather than clamped.
uniffi::custom_type!(Timestamp, i64, {
    lower: |t| t.unix_millis(),
    try_lift: |millis| Timestamp::from_unix_millis(millis)
        .ok_or_else(|| uniffi::deps::anyhow::anyhow!("timestamp out of range")),
});
