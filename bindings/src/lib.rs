#![doc = include_str!("../README.md")]

uniffi::setup_scaffolding!("tellsafe");

pub mod client;
pub mod data;
pub mod error;
pub mod foreign;
#[cfg(feature = "intake")]
pub mod intake;
pub mod keys;
pub mod report;
pub mod sign;
pub mod status;
pub mod text;
pub mod transport;
pub mod wizard;

pub use error::TellSafeError;
