#![doc = include_str!("../README.md")]

uniffi::setup_scaffolding!("tellsafe");

#[cfg(feature = "http")]
pub mod client;
pub mod error;
pub mod foreign;
#[cfg(feature = "intake")]
pub mod intake;
pub mod report;
pub mod sign;
pub mod status;
pub mod wizard;

pub use error::TellSafeError;
