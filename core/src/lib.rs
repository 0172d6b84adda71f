#![doc = include_str!("../README.md")]
#![deny(unsafe_code)]

pub mod age;
pub mod client;
pub mod duties;
#[cfg(feature = "uniffi")]
#[allow(unsafe_code)]
mod ffi;
#[cfg(feature = "uniffi")]
#[doc(hidden)]
pub use ffi::UniFfiTag;
pub mod flow;
pub mod i18n;
pub mod outbox;
pub mod platform;
pub mod report;
pub mod sign;
pub mod status;
pub mod storage;
pub mod taxonomy;
pub mod timestamp;
pub mod transport;

pub use age::{AgeBand, AgeSignalSource, ReporterRole};
pub use status::wire_de::StructAsMap;
pub use taxonomy::Category;
pub use timestamp::Timestamp;
#[cfg(feature = "intake")]
pub mod intake;
