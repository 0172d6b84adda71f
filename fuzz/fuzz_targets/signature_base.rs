//! The RFC 9421 signature base built from a received message: an HTTP/1.1 request (or, after a
//! first line `RESPONSE`, a response followed by a blank-line-separated request it answers)
//! whose `Signature-Input` names the covered components. Building must never panic and must
//! end with the `@signature-params` line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tellsafe::sign::http::{Request, Response};
use tellsafe::sign::{Message, parse_signatures, signature_base};

const RESPONSE_MARK: &[u8] = b"RESPONSE\n";
const SPLIT: &[u8] = b"\n=====\n";

fuzz_target!(|data: &[u8]| {
    if let Some(rest) = data.strip_prefix(RESPONSE_MARK) {
        let (resp, req) = match rest.windows(SPLIT.len()).position(|w| w == SPLIT) {
            Some(at) => (&rest[..at], Some(&rest[at + SPLIT.len()..])),
            None => (rest, None),
        };
        let Ok(response) = Response::parse_http1(resp) else {
            return;
        };
        let request = req.and_then(|r| Request::parse_http1(r, "https").ok());
        let message = Message::Response {
            response: &response,
            request: request.as_ref(),
        };
        check(&message, &response.headers);
    } else if let Ok(request) = Request::parse_http1(data, "https") {
        check(&Message::Request(&request), &request.headers);
    }
});

fn check(message: &Message<'_>, headers: &tellsafe::sign::http::Headers) {
    let Ok(signatures) = parse_signatures(headers) else {
        return;
    };
    for sig in signatures {
        if let Ok(base) = signature_base(message, &sig.input) {
            let last = base.rsplit('\n').next().unwrap_or_default();
            assert!(
                last.starts_with("\"@signature-params\": "),
                "base does not end with the params line"
            );
            assert_eq!(
                base.matches('\n').count(),
                sig.input.components.len(),
                "a component value carried a line break into the base"
            );
        }
    }
}
