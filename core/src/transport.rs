//! How signed requests reach the backend: the [`Transport`] trait and, behind feature `http`,
//! a reqwest implementation ([`HttpTransport`]: rustls on the ring provider natively, fetch on
//! wasm).
//!
//! The client signs a request, hands it to a transport, and verifies whatever comes back; the
//! transport only moves bytes. Apps that already own an HTTP stack (OkHttp, URLSession, a
//! corporate proxy set-up) implement [`Transport`] over it; tests wrap one to inject faults.
//! A transport must not follow redirects to other origins or retry on its own: retries belong
//! to the outbox policy, which knows what is safe to repeat.

use async_trait::async_trait;
use thiserror::Error;

use crate::platform::MaybeSendSync;
use crate::sign::http::{Request, Response, UriParts};

/// Longest a whole request may take (connect, send, wait, read). Reports are small; on a slow
/// 2G link 30 s is enough for a few KiB both ways, and the outbox's in-flight lease (2 min) is
/// longer, so one slow send is never doubled.
pub const REQUEST_TIMEOUT_MS: u64 = 30_000;
/// Longest the TCP + TLS connect may take: a dead network should fail fast so the outbox can
/// back off, while a slow cellular handshake (several round trips at 1 s each) still fits.
pub const CONNECT_TIMEOUT_MS: u64 = 10_000;
/// Largest response body read. Receipts and status documents are a few hundred bytes; 1 MiB
/// bounds what a hostile network can make a phone buffer.
pub const MAX_RESPONSE_BYTES: usize = 1024 * 1024;

/// Why a request got no answer. Names the failure, never the URL, headers or body.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TransportError {
    /// The backend URL is plain `http` to a host that is not loopback: reports must not cross
    /// a network unencrypted (school proxies and logging edges read plain HTTP).
    #[error("field `backend_url` must use https (plain http is allowed only for loopback)")]
    InsecureUrl,
    /// The URL is not an absolute http(s) URL.
    #[error("field `backend_url` is not an absolute http(s) URL")]
    InvalidUrl,
    /// The request did not finish within [`REQUEST_TIMEOUT_MS`] (or the connect timeout).
    #[error("request timed out")]
    Timeout,
    /// DNS, TCP, TLS or HTTP failure, or the connection was cut.
    #[error("network error ({kind})")]
    Network {
        /// A short, content-free description (`connect`, `tls`, `body`, ...).
        kind: String,
    },
    /// The response body was over [`MAX_RESPONSE_BYTES`].
    #[error("response body over the limit")]
    TooLarge,
}

impl TransportError {
    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            TransportError::InsecureUrl => "insecure_url",
            TransportError::InvalidUrl => "invalid_url",
            TransportError::Timeout => "timeout",
            TransportError::Network { .. } => "network",
            TransportError::TooLarge => "too_large",
        }
    }
}

/// Sends one HTTP request and returns the response, whatever its status. A non-2xx status is
/// an answer, not an error; only "no answer" is a [`TransportError`].
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
pub trait Transport: MaybeSendSync {
    /// Sends `request` (already signed) to `request.target_uri`.
    async fn send(&self, request: &Request) -> Result<Response, TransportError>;
}

/// Checks that `url` may carry reports: `https`, or `http` only to a loopback host
/// (`127.0.0.0/8`, `::1`, `localhost`) for development and tests.
pub fn check_url(url: &str) -> Result<(), TransportError> {
    let parts = UriParts::parse(url).map_err(|_| TransportError::InvalidUrl)?;
    match parts.scheme.as_str() {
        "https" => Ok(()),
        "http" if is_loopback(&parts.authority) => Ok(()),
        "http" => Err(TransportError::InsecureUrl),
        _ => Err(TransportError::InvalidUrl),
    }
}

/// Whether an authority (`host[:port]`) names the loopback interface.
fn is_loopback(authority: &str) -> bool {
    let host = if let Some(rest) = authority.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        authority.rsplit_once(':').map_or(authority, |(h, _)| h)
    };
    if host == "localhost" {
        return true;
    }
    host.parse::<std::net::IpAddr>()
        .map(|ip| ip.is_loopback())
        .unwrap_or(false)
}

#[cfg(feature = "http")]
mod reqwest_impl;
#[cfg(feature = "http")]
pub use reqwest_impl::HttpTransport;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_http_only_on_loopback() {
        for ok in [
            "https://api.example.com/v1",
            "http://127.0.0.1:8080",
            "http://127.5.5.5/x",
            "http://localhost:3000/",
            "http://[::1]:8080/v1",
        ] {
            assert_eq!(check_url(ok), Ok(()), "{ok}");
        }
        for insecure in [
            "http://api.example.com",
            "http://10.0.0.1:8080",
            "http://localhost.evil.com",
            "http://[::2]:80",
        ] {
            assert_eq!(
                check_url(insecure),
                Err(TransportError::InsecureUrl),
                "{insecure}"
            );
        }
        for invalid in ["ftp://x", "api.example.com", ""] {
            assert_eq!(check_url(invalid), Err(TransportError::InvalidUrl), "{invalid}");
        }
    }
}
