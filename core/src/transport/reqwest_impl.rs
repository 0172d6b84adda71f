//! [`Transport`] over reqwest: rustls with the ring provider and webpki roots natively (no
//! aws-lc, no OpenSSL, no JNI set-up on Android), the browser's fetch on wasm32.

use std::time::Duration;

use async_trait::async_trait;

use super::{
    CONNECT_TIMEOUT_MS, MAX_RESPONSE_BYTES, REQUEST_TIMEOUT_MS, Transport, TransportError, check_url,
};
use crate::sign::http::{Request, Response};

/// The reqwest transport. Cheap to clone (reqwest pools connections inside).
#[derive(Debug, Clone)]
pub struct HttpTransport {
    client: reqwest::Client,
}

impl HttpTransport {
    /// A transport with the default timeouts. Redirects are not followed: a signed request
    /// covers its target URI, and a redirect to another origin would leak the report.
    pub fn new() -> Result<HttpTransport, TransportError> {
        let builder = reqwest::Client::builder();
        #[cfg(not(target_arch = "wasm32"))]
        let builder = builder
            .connect_timeout(Duration::from_millis(CONNECT_TIMEOUT_MS))
            .redirect(reqwest::redirect::Policy::none())
            .https_only(false);
        #[cfg(target_arch = "wasm32")]
        let _ = CONNECT_TIMEOUT_MS;
        let client = builder.build().map_err(|_| TransportError::Network {
            kind: "client_setup".to_owned(),
        })?;
        Ok(HttpTransport { client })
    }
}

fn classify(error: &reqwest::Error) -> TransportError {
    if error.is_timeout() {
        return TransportError::Timeout;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if error.is_connect() {
        return TransportError::Network {
            kind: "connect".to_owned(),
        };
    }
    let kind = if error.is_body() || error.is_decode() {
        "body"
    } else if error.is_request() {
        "request"
    } else {
        "other"
    };
    TransportError::Network {
        kind: kind.to_owned(),
    }
}

#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
impl Transport for HttpTransport {
    async fn send(&self, request: &Request) -> Result<Response, TransportError> {
        check_url(&request.target_uri)?;
        let method =
            reqwest::Method::from_bytes(request.method.as_bytes()).map_err(|_| TransportError::InvalidUrl)?;
        let mut builder = self
            .client
            .request(method, &request.target_uri)
            .timeout(Duration::from_millis(REQUEST_TIMEOUT_MS));
        for (name, value) in request.headers.iter() {
            builder = builder.header(name, value);
        }
        if !request.body.is_empty() {
            builder = builder.body(request.body.clone());
        }
        let answer = builder.send().await.map_err(|e| classify(&e))?;
        if answer
            .content_length()
            .is_some_and(|len| len > MAX_RESPONSE_BYTES as u64)
        {
            return Err(TransportError::TooLarge);
        }
        let mut response = Response::new(answer.status().as_u16());
        for (name, value) in answer.headers() {
            if let Ok(value) = value.to_str() {
                response.headers.append(name.as_str(), value);
            }
        }
        let body = answer.bytes().await.map_err(|e| classify(&e))?;
        if body.len() > MAX_RESPONSE_BYTES {
            return Err(TransportError::TooLarge);
        }
        response.body = body.to_vec();
        Ok(response)
    }
}
