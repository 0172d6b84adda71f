//! A plain request / response representation that signing and verification work on, plus
//! HTTP/1.1 text parsing and printing (the CLI and tests use it; the backend can build these
//! from axum parts directly). No `http` crate: the types are a few plain fields that bindings can
//! mirror, and the signer needs nothing more.

use std::fmt;

/// The largest HTTP/1.1 message head (request line plus headers) the text parser accepts; a
/// TellSafe request head is well under 4 KiB, so 32 KiB leaves room for proxies' additions.
pub const MAX_HEAD_BYTES: usize = 32 * 1024;

/// Why a message or URI could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    /// The target URI is not absolute `scheme://authority[/path][?query]` (or has a fragment).
    #[error("target uri is not an absolute http(s) uri without fragment")]
    BadUri,
    /// The request or status line is not HTTP/1.1 syntax.
    #[error("{line} line is malformed")]
    BadStartLine {
        /// Which line: `request` or `status`.
        line: &'static str,
    },
    /// A header line has no colon, an invalid name or a control character in its value.
    #[error("a header line is malformed")]
    BadHeader,
    /// The message head has no blank line, or exceeds [`MAX_HEAD_BYTES`].
    #[error("message head is unterminated or too large")]
    BadHead,
    /// No `Host` header and the request target is not absolute.
    #[error("host header is missing")]
    MissingHost,
}

/// Header fields in order, names compared case-insensitively (values kept as sent).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Headers {
    entries: Vec<(String, String)>,
}

impl Headers {
    /// No headers.
    pub fn new() -> Headers {
        Headers::default()
    }

    /// Adds a field line, keeping earlier lines of the same name.
    pub fn append(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.entries.push((name.into(), value.into()));
    }

    /// Replaces every line of `name` with one line.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.remove(name);
        self.entries.push((name.to_string(), value.into()));
    }

    /// Removes every line of `name`.
    pub fn remove(&mut self, name: &str) {
        self.entries.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    }

    /// Every value of `name`, in order.
    pub fn get_all<'a, 'n>(&'a self, name: &'n str) -> impl Iterator<Item = &'a str> + use<'a, 'n> {
        self.entries
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.get_all(name).next()
    }

    /// Whether any line of `name` exists.
    pub fn contains(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The combined field value (RFC 9110 §5.3 / RFC 9421 §2.1): each line trimmed, joined by `, `.
    pub fn combined(&self, name: &str) -> Option<String> {
        let mut values = self.get_all(name).peekable();
        values.peek()?;
        Some(values.map(str::trim).collect::<Vec<_>>().join(", "))
    }

    /// All field lines in order as (name, value).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }

    /// Total bytes of names and values, for size limits.
    pub fn byte_len(&self) -> usize {
        self.entries.iter().map(|(n, v)| n.len() + v.len() + 4).sum()
    }
}

impl fmt::Debug for Headers {
    // Values may hold bearer tokens or report ids: only names are shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.entries.iter().map(|(n, _)| n))
            .finish()
    }
}

/// The parts of an absolute target URI that RFC 9421 derived components need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UriParts {
    /// Lowercase scheme.
    pub scheme: String,
    /// Normalized authority: lowercase host, default port removed (RFC 9421 §2.2.3).
    pub authority: String,
    /// Absolute path, `/` when empty.
    pub path: String,
    /// The query without `?`, `None` when absent.
    pub query: Option<String>,
}

impl UriParts {
    /// Splits an absolute `http` / `https` URI.
    pub fn parse(uri: &str) -> Result<UriParts, HttpError> {
        let (scheme, rest) = uri.split_once("://").ok_or(HttpError::BadUri)?;
        let scheme = scheme.to_ascii_lowercase();
        if (scheme != "https" && scheme != "http") || uri.contains('#') || uri.contains(char::is_whitespace) {
            return Err(HttpError::BadUri);
        }
        let end = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(end);
        if authority.is_empty() || authority.contains('@') {
            return Err(HttpError::BadUri);
        }
        let (path, query) = match tail.split_once('?') {
            Some((p, q)) => (p, Some(q.to_string())),
            None => (tail, None),
        };
        let mut authority = authority.to_ascii_lowercase();
        let default_port = if scheme == "https" { ":443" } else { ":80" };
        if let Some(stripped) = authority.strip_suffix(default_port) {
            authority = stripped.to_string();
        }
        let path = if path.is_empty() {
            "/".to_string()
        } else {
            path.to_string()
        };
        Ok(UriParts {
            scheme,
            authority,
            path,
            query,
        })
    }

    /// The normalized absolute URI: lowercase scheme and host, no default port, `/` for an
    /// empty path.
    pub fn to_uri(&self) -> String {
        format!("{}://{}{}", self.scheme, self.authority, self.request_target())
    }

    /// Path plus `?query` when present: the HTTP/1.1 origin-form request target.
    pub fn request_target(&self) -> String {
        match &self.query {
            Some(q) => format!("{}?{}", self.path, q),
            None => self.path.clone(),
        }
    }
}

/// An HTTP request as signed and verified: method, absolute target URI, headers, body bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Request {
    /// The method, as sent (case-sensitive, normally upper case).
    pub method: String,
    /// The absolute target URI, e.g. `https://api.example.com/v1/reports`.
    pub target_uri: String,
    /// Header fields.
    pub headers: Headers,
    /// Body bytes (empty when none).
    pub body: Vec<u8>,
}

impl Request {
    /// A request with no headers and no body. The URI must be absolute http(s); it is stored
    /// normalized ([`UriParts::to_uri`]) so that `@target-uri` is what a verifier rebuilds from
    /// the request line and `Host`.
    pub fn new(method: impl Into<String>, target_uri: impl Into<String>) -> Result<Request, HttpError> {
        let target_uri = UriParts::parse(&target_uri.into())?.to_uri();
        Ok(Request {
            method: method.into(),
            target_uri,
            headers: Headers::new(),
            body: Vec::new(),
        })
    }

    /// The derived URI parts.
    pub fn uri_parts(&self) -> Result<UriParts, HttpError> {
        UriParts::parse(&self.target_uri)
    }

    /// Parses HTTP/1.1 text (CRLF or LF line ends). The target URI is rebuilt from `scheme`, the
    /// `Host` header and the origin-form target; an absolute-form target is taken as it is.
    /// The body is everything after the blank line (`Content-Length` is not needed).
    pub fn parse_http1(bytes: &[u8], scheme: &str) -> Result<Request, HttpError> {
        let (start, headers, body) = split_message(bytes)?;
        let mut parts = start.split(' ');
        let (Some(method), Some(target), Some(version), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(HttpError::BadStartLine { line: "request" });
        };
        if !version.starts_with("HTTP/1.") || method.is_empty() || !method.bytes().all(is_tchar) {
            return Err(HttpError::BadStartLine { line: "request" });
        }
        let target_uri = if target.starts_with('/') {
            let host = headers.get("host").ok_or(HttpError::MissingHost)?.trim();
            format!("{scheme}://{host}{target}")
        } else {
            target.to_string()
        };
        let target_uri = UriParts::parse(&target_uri)?.to_uri();
        Ok(Request {
            method: method.to_string(),
            target_uri,
            headers,
            body,
        })
    }

    /// HTTP/1.1 text: request line in origin form, `Host` first (added from the URI if missing),
    /// the other headers in order, a blank line, the body. CRLF line ends.
    pub fn to_http1(&self) -> Result<Vec<u8>, HttpError> {
        let parts = self.uri_parts()?;
        let mut out = format!("{} {} HTTP/1.1\r\n", self.method, parts.request_target());
        if !self.headers.contains("host") {
            out.push_str(&format!("Host: {}\r\n", parts.authority));
        }
        Ok(finish_message(out, &self.headers, &self.body))
    }
}

impl fmt::Debug for Request {
    // The body is report content and the URI may carry ids: neither is shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("headers", &self.headers)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

/// An HTTP response as signed and verified.
#[derive(Clone, PartialEq, Eq)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Header fields.
    pub headers: Headers,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl Response {
    /// A response with no headers and no body.
    pub fn new(status: u16) -> Response {
        Response {
            status,
            headers: Headers::new(),
            body: Vec::new(),
        }
    }

    /// Parses HTTP/1.1 response text.
    pub fn parse_http1(bytes: &[u8]) -> Result<Response, HttpError> {
        let (start, headers, body) = split_message(bytes)?;
        let mut parts = start.splitn(3, ' ');
        let (Some(version), Some(code)) = (parts.next(), parts.next()) else {
            return Err(HttpError::BadStartLine { line: "status" });
        };
        let status = code
            .parse::<u16>()
            .ok()
            .filter(|s| (100..=999).contains(s) && code.len() == 3 && version.starts_with("HTTP/1."))
            .ok_or(HttpError::BadStartLine { line: "status" })?;
        Ok(Response {
            status,
            headers,
            body,
        })
    }

    /// HTTP/1.1 text with CRLF line ends (reason phrase omitted, as RFC 9112 allows).
    pub fn to_http1(&self) -> Vec<u8> {
        finish_message(
            format!("HTTP/1.1 {} \r\n", self.status),
            &self.headers,
            &self.body,
        )
    }
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body_len", &self.body.len())
            .finish()
    }
}

fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn finish_message(mut out: String, headers: &Headers, body: &[u8]) -> Vec<u8> {
    for (name, value) in headers.iter() {
        out.push_str(name);
        out.push_str(": ");
        out.push_str(value);
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

fn split_message(bytes: &[u8]) -> Result<(String, Headers, Vec<u8>), HttpError> {
    let search = &bytes[..bytes.len().min(MAX_HEAD_BYTES + 4)];
    let (head_end, body_start) = find_blank_line(search).ok_or(HttpError::BadHead)?;
    let head = std::str::from_utf8(&bytes[..head_end]).map_err(|_| HttpError::BadHeader)?;
    let mut lines = head.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let start = lines.next().unwrap_or_default().to_string();
    let mut headers = Headers::new();
    for line in lines {
        let (name, value) = line.split_once(':').ok_or(HttpError::BadHeader)?;
        if name.is_empty()
            || !name.bytes().all(is_tchar)
            || value.bytes().any(|b| b.is_ascii_control() && b != b'\t')
        {
            return Err(HttpError::BadHeader);
        }
        headers.append(name, value.trim_matches([' ', '\t']));
    }
    Ok((start, headers, bytes[body_start..].to_vec()))
}

fn find_blank_line(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"\r\n\r\n") {
            return Some((i, i + 4));
        }
        if bytes[i..].starts_with(b"\n\n") {
            return Some((i, i + 2));
        }
        if bytes[i..].starts_with(b"\n\r\n") {
            return Some((i, i + 3));
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_parts_normalize_authority() {
        let p = UriParts::parse("https://Example.COM:443/foo?param=Value&Pet=dog").unwrap();
        assert_eq!(p.authority, "example.com");
        assert_eq!(p.path, "/foo");
        assert_eq!(p.query.as_deref(), Some("param=Value&Pet=dog"));
        assert_eq!(
            Request::new("GET", "HTTPS://API.Example.test:443?q")
                .unwrap()
                .target_uri,
            "https://api.example.test/?q"
        );
        let p = UriParts::parse("http://localhost:8080").unwrap();
        assert_eq!(
            (p.authority.as_str(), p.path.as_str(), p.query),
            ("localhost:8080", "/", None)
        );
        for bad in ["/foo", "ftp://x/", "https:///x", "https://x/#f", "https://u@x/"] {
            assert_eq!(UriParts::parse(bad), Err(HttpError::BadUri), "{bad}");
        }
    }

    #[test]
    fn request_round_trips_through_http1_text() {
        let mut req = Request::new("POST", "https://api.example.com/v1/reports?x=1").unwrap();
        req.headers.append("Content-Type", "application/json");
        req.headers.append("X-Multi", "a");
        req.headers.append("x-multi", " b ");
        req.body = b"{\"a\":\"line\\n\"}\r\n\r\nstill body".to_vec();
        let text = req.to_http1().unwrap();
        let parsed = Request::parse_http1(&text, "https").unwrap();
        assert_eq!(parsed.target_uri, req.target_uri);
        assert_eq!(parsed.body, req.body);
        assert_eq!(parsed.headers.combined("x-multi").as_deref(), Some("a, b"));
        assert_eq!(parsed.headers.get("HOST"), Some("api.example.com"));
    }

    #[test]
    fn response_round_trips_and_bad_lines_fail() {
        let mut resp = Response::new(201);
        resp.headers.append("Content-Type", "application/json");
        resp.body = b"{}".to_vec();
        assert_eq!(Response::parse_http1(&resp.to_http1()).unwrap(), resp);
        assert!(Response::parse_http1(b"HTTP/1.1 20 OK\r\n\r\n").is_err());
        assert!(Request::parse_http1(b"GET /x HTTP/1.1\r\n\r\n", "https").is_err());
        assert!(Request::parse_http1(b"GET /x HTTP/1.1\r\nHost: a\r\nbad line\r\n\r\n", "https").is_err());
        assert!(Request::parse_http1(b"GET /x HTTP/1.1\r\nHost: a\r\n", "https").is_err());
    }

    #[test]
    fn debug_hides_values_and_body() {
        let mut req = Request::new("POST", "https://a.example/v1/reports/secret-id").unwrap();
        req.headers.append("Authorization", "Bearer hunter2");
        req.body = b"child text".to_vec();
        let shown = format!("{req:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("child text") && !shown.contains("secret-id"));
    }
}
