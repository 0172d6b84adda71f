//! The app's own HTTP stack as the client's transport: OkHttp on Android, URLSession on iOS, a
//! corporate proxy set-up, or a recorder in tests. Given to `TellSafeClient.open`, it replaces
//! the reqwest transport (which a library built without feature `http` does not contain).
//!
//! The client signs every request before the transport sees it and verifies every response
//! after: the transport only moves bytes. It must not follow redirects (a signed request covers
//! its target URI) and must not retry on its own (retries belong to the outbox).

use std::sync::Arc;

use tellsafe::sign::http::{Request, Response};
use tellsafe::transport::{self, MAX_RESPONSE_BYTES, TransportError, check_url};

use crate::error::TellSafeError;
use crate::sign::{HttpRequest, HttpResponse};

/// The code a [`Transport`] throws (`TellSafeError.Platform`) when the request timed out; any
/// other code is kept as the kind of a network failure (`connect`, `tls`, `offline`, ...).
pub const TRANSPORT_TIMEOUT: &str = "timeout";

/// Sends one signed request and returns the answer, whatever its status: a 4xx or 5xx is an
/// answer, not an error. Throw `TellSafeError.Platform { code }` only when there is no answer
/// (`timeout`, `connect`, `tls`, `offline`, ...). Do not follow redirects or retry.
#[uniffi::export(with_foreign)]
#[async_trait::async_trait]
pub trait Transport: Send + Sync {
    /// Sends `request` (already signed; send its headers and body unchanged) to
    /// `request.target_uri`.
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TellSafeError>;
}

/// A foreign [`Transport`] seen as core's `transport::Transport`. Refuses plain-http URLs off
/// loopback before the app's stack sees them, and bounds the response like the reqwest one.
pub(crate) struct ForeignTransport(pub(crate) Arc<dyn Transport>);

fn transport_error(error: TellSafeError) -> TransportError {
    match error.code() {
        TRANSPORT_TIMEOUT => TransportError::Timeout,
        "too_large" => TransportError::TooLarge,
        kind => TransportError::Network {
            kind: kind.to_owned(),
        },
    }
}

#[async_trait::async_trait]
impl transport::Transport for ForeignTransport {
    async fn send(&self, request: &Request) -> Result<Response, TransportError> {
        check_url(&request.target_uri)?;
        let answer = self
            .0
            .send(HttpRequest::from_core(request))
            .await
            .map_err(transport_error)?;
        if answer.body.len() > MAX_RESPONSE_BYTES {
            return Err(TransportError::TooLarge);
        }
        Ok(answer.to_core())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use tellsafe::transport::Transport as _;

    use super::*;
    use crate::sign::HttpHeader;

    /// Answers every request with `answer` and remembers the URIs it was asked for.
    struct Canned {
        answer: Result<HttpResponse, TellSafeError>,
        asked: Mutex<Vec<String>>,
    }

    #[async_trait::async_trait]
    impl Transport for Canned {
        async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TellSafeError> {
            self.asked.lock().unwrap().push(request.target_uri);
            self.answer.clone()
        }
    }

    fn canned(answer: Result<HttpResponse, TellSafeError>) -> (Arc<Canned>, ForeignTransport) {
        let c = Arc::new(Canned {
            answer,
            asked: Mutex::new(Vec::new()),
        });
        (c.clone(), ForeignTransport(c))
    }

    fn request(uri: &str) -> Request {
        let mut r = Request::new("POST".to_owned(), uri.to_owned()).unwrap();
        r.headers.append("content-type", "application/json");
        r.body = b"{}".to_vec();
        r
    }

    #[test]
    fn headers_status_and_body_cross_unchanged() {
        let (c, t) = canned(Ok(HttpResponse {
            status: 409,
            headers: vec![HttpHeader {
                name: "signature".into(),
                value: "sig=:AA==:".into(),
            }],
            body: b"{\"code\":\"conflict\"}".to_vec(),
        }));
        let sent = request("http://127.0.0.1:9/v1/reports");
        let got = pollster::block_on(t.send(&sent)).unwrap();
        assert_eq!(got.status, 409);
        assert_eq!(got.headers.get("Signature"), Some("sig=:AA==:"));
        assert_eq!(got.body, b"{\"code\":\"conflict\"}");
        assert_eq!(*c.asked.lock().unwrap(), vec![sent.target_uri]);
    }

    #[test]
    fn plain_http_off_loopback_never_reaches_the_app_stack() {
        let (c, t) = canned(Ok(HttpResponse {
            status: 200,
            headers: Vec::new(),
            body: Vec::new(),
        }));
        let err = pollster::block_on(t.send(&request("http://reports.example.com/v1/reports")));
        assert_eq!(err.unwrap_err(), TransportError::InsecureUrl);
        assert!(c.asked.lock().unwrap().is_empty());
    }

    #[test]
    fn failures_map_to_transport_errors_by_code() {
        let cases = [
            ("timeout", TransportError::Timeout),
            ("too_large", TransportError::TooLarge),
            (
                "offline",
                TransportError::Network {
                    kind: "offline".into(),
                },
            ),
        ];
        for (code, want) in cases {
            let (_, t) = canned(Err(TellSafeError::Platform { code: code.into() }));
            let got = pollster::block_on(t.send(&request("https://api.example.com/v1/keys")));
            assert_eq!(got.unwrap_err(), want, "{code}");
        }
    }

    #[test]
    fn an_oversized_body_is_refused() {
        let (_, t) = canned(Ok(HttpResponse {
            status: 200,
            headers: Vec::new(),
            body: vec![b'x'; MAX_RESPONSE_BYTES + 1],
        }));
        let got = pollster::block_on(t.send(&request("https://api.example.com/v1/keys")));
        assert_eq!(got.unwrap_err(), TransportError::TooLarge);
    }
}
