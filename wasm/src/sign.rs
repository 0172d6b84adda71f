//! Request signing as the core does it, exposed for the cross-language vectors
//! (`tests/vectors/signing.json`) and for platforms that send their own requests.

use serde::{Deserialize, Serialize};
use tellsafe::sign::http::Request;
use tellsafe::sign::{Profile, SignOptions, SigningKey, sign_request};
use wasm_bindgen::prelude::*;

use crate::error::{WebError, from_json_object, to_json};

/// A request to sign (JSON `SignInput` in `index.d.ts`).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SignInput {
    private_pkcs8_pem: String,
    profile: String,
    method: String,
    target_uri: String,
    headers: Vec<(String, String)>,
    #[serde(default)]
    body: String,
    created: i64,
    expires: Option<i64>,
    nonce: Option<String>,
    #[serde(default)]
    label: Option<String>,
}

/// The signed request's headers, in order (JSON `SignOutput`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SignOutput {
    headers: Vec<(String, String)>,
    key_id: String,
}

/// Signs a client request (`client_request`, `client_status_request`, `key_registration`,
/// `platform_tool`, `webhook`) with a PKCS#8 key; returns the headers with `Content-Digest`,
/// `Signature-Input` and `Signature` added.
#[wasm_bindgen(js_name = signRequest)]
pub async fn sign_request_js(input: String) -> Result<String, JsValue> {
    Ok(sign(&input).await?)
}

async fn sign(input: &str) -> Result<String, WebError> {
    let input: SignInput = from_json_object("input", input)?;
    let key = SigningKey::from_pkcs8_pem(&input.private_pkcs8_pem)
        .map_err(|e| WebError::from_display("key", &e))?;
    let profile = Profile::from_code(&input.profile)
        .ok_or_else(|| WebError::new("invalid_input", "field `profile` is not a profile code"))?;
    let mut request = Request::new(input.method, input.target_uri)
        .map_err(|e| WebError::from_display("invalid_input", &e))?;
    for (name, value) in input.headers {
        request.headers.append(name, value);
    }
    request.body = input.body.into_bytes();
    let mut options = SignOptions {
        created: input.created,
        expires: input.expires,
        nonce: input.nonce,
        label: "sig".to_owned(),
    };
    if let Some(label) = input.label {
        options.label = label;
    }
    sign_request(&mut request, profile, &key, &options)
        .await
        .map_err(|e| WebError::from_display("signing", &e))?;
    to_json(&SignOutput {
        headers: request
            .headers
            .iter()
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect(),
        key_id: key.key_id().to_owned(),
    })
}
