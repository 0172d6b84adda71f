//! `Signature-Input` and `Signature` (RFC 9421 §4) as a verifier reads them. Input: the
//! `Signature-Input` value, a newline, the `Signature` value. Whatever parses must serialize
//! back to fields that parse to the same signatures.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tellsafe::sign::http::Headers;
use tellsafe::sign::{parse_signatures, signature_fields};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (input, signature) = text.split_once('\n').unwrap_or((text, ""));
    let mut headers = Headers::new();
    headers.append("Signature-Input", input);
    headers.append("Signature", signature);
    let Ok(parsed) = parse_signatures(&headers) else {
        return;
    };
    for sig in parsed {
        let (input_value, sig_value) =
            signature_fields(&sig.label, &sig.input, &sig.signature).expect("a parsed signature serializes");
        let mut again = Headers::new();
        again.append("Signature-Input", input_value);
        again.append("Signature", sig_value);
        let reparsed = parse_signatures(&again).expect("serialized fields parse again");
        assert_eq!(reparsed, vec![sig], "signature fields round trip changed them");
    }
});
