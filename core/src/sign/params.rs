//! `Signature-Input` and `Signature` (RFC 9421 §4) as RFC 8941 structured fields through `sfv`.
//!
//! Parameters are emitted in the order created, expires, nonce, alg, keyid, tag (DESIGN) and
//! accepted in any order: the `@signature-params` line of the base is the serialization of the
//! inner list as received, so a verifier reproduces whatever order the signer chose.

use sfv::{
    BareItem, DictSerializer, Dictionary, InnerList, InnerListSerializer, Integer, KeyRef, ListEntry,
    ListSerializer, Parameters, Parser, RefBareItem,
};

use super::component::{Component, ComponentError};
use super::http::Headers;

const CREATED: &KeyRef = sfv::key_ref("created");
const EXPIRES: &KeyRef = sfv::key_ref("expires");
const NONCE: &KeyRef = sfv::key_ref("nonce");
const ALG: &KeyRef = sfv::key_ref("alg");
const KEYID: &KeyRef = sfv::key_ref("keyid");
const TAG: &KeyRef = sfv::key_ref("tag");

/// Starting capacity of a serialized inner list: six components and six parameters fit, so the
/// usual signature serializes without reallocating.
const SERIALIZED_CAPACITY: usize = 320;

/// Writes the items and parameters of `inner` through an inner-list serializer (borrowing, so
/// nothing is cloned).
fn write_inner_list(mut ser: InnerListSerializer<'_>, inner: &InnerList) {
    ser.items(&inner.items);
    ser.finish().parameters(&inner.params);
}

/// Header name of the signature metadata.
pub const SIGNATURE_INPUT: &str = "signature-input";
/// Header name of the signature values.
pub const SIGNATURE: &str = "signature";

/// The signature parameters (RFC 9421 §2.3). All optional on the wire; profiles require some.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignatureParams {
    /// `created`: Unix seconds when the signature was made.
    pub created: Option<i64>,
    /// `expires`: Unix seconds after which the signature is not valid.
    pub expires: Option<i64>,
    /// `nonce`: a unique value for replay detection.
    pub nonce: Option<String>,
    /// `alg`: the RFC 9421 algorithm name.
    pub alg: Option<String>,
    /// `keyid`: the key identifier (for TellSafe keys, the RFC 7638 JWK thumbprint).
    pub keyid: Option<String>,
    /// `tag`: the application profile tag (`tsc`, `tsb`, `tsp`).
    pub tag: Option<String>,
}

/// Why a `Signature-Input` / `Signature` pair could not be read or built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// The field is not the structured type RFC 9421 requires, or a parameter has the wrong type.
    #[error("{field} is not a valid structured field for RFC 9421")]
    Malformed {
        /// `signature-input` or `signature`.
        field: &'static str,
    },
    /// A covered component is malformed or unsupported.
    #[error(transparent)]
    Component(#[from] ComponentError),
    /// The same component is covered twice (RFC 9421 §2.5 forbids it).
    #[error("a component is covered twice")]
    DuplicateComponent,
    /// A label in `Signature-Input` has no value in `Signature`.
    #[error("signature label has no signature value")]
    MissingSignature,
}

/// Covered components plus parameters: one `Signature-Input` member.
#[derive(Debug, Clone)]
pub struct SignatureInput {
    /// The covered components, in order.
    pub components: Vec<Component>,
    /// The parameters.
    pub params: SignatureParams,
    serialized: String,
    inner: InnerList,
}

impl SignatureInput {
    /// Builds an input with parameters in the fixed order created, expires, nonce, alg, keyid, tag.
    pub fn new(components: Vec<Component>, params: SignatureParams) -> Result<SignatureInput, InputError> {
        let malformed = || InputError::Malformed {
            field: SIGNATURE_INPUT,
        };
        let items = components
            .iter()
            .map(Component::to_item)
            .collect::<Result<Vec<_>, _>>()?;
        let mut p = Parameters::new();
        let int = |v: i64| {
            Integer::try_from(v)
                .map(BareItem::Integer)
                .map_err(|_| malformed())
        };
        let string = |v: &str| {
            sfv::String::from_string(v.to_string())
                .map(BareItem::String)
                .map_err(|_| malformed())
        };
        if let Some(v) = params.created {
            p.insert(CREATED.to_owned(), int(v)?);
        }
        if let Some(v) = params.expires {
            p.insert(EXPIRES.to_owned(), int(v)?);
        }
        for (key, value) in [
            (NONCE, &params.nonce),
            (ALG, &params.alg),
            (KEYID, &params.keyid),
            (TAG, &params.tag),
        ] {
            if let Some(v) = value {
                p.insert(key.to_owned(), string(v)?);
            }
        }
        SignatureInput::from_inner(InnerList::with_params(items, p), SIGNATURE_INPUT)
    }

    fn from_inner(inner: InnerList, field: &'static str) -> Result<SignatureInput, InputError> {
        let malformed = || InputError::Malformed { field };
        let mut components: Vec<Component> = Vec::with_capacity(inner.items.len());
        for item in &inner.items {
            let c = Component::from_item(item)?;
            if components.contains(&c) {
                return Err(InputError::DuplicateComponent);
            }
            components.push(c);
        }
        let mut params = SignatureParams::default();
        for (key, value) in &inner.params {
            let int = || value.as_integer().map(i64::from).ok_or_else(malformed);
            let string = || {
                value
                    .as_string()
                    .map(|s| s.as_str().to_string())
                    .ok_or_else(malformed)
            };
            match key.as_str() {
                "created" => params.created = Some(int()?),
                "expires" => params.expires = Some(int()?),
                "nonce" => params.nonce = Some(string()?),
                "alg" => params.alg = Some(string()?),
                "keyid" => params.keyid = Some(string()?),
                "tag" => params.tag = Some(string()?),
                // Unknown parameters stay in the serialized form (and so in the base) but mean nothing.
                _ => {}
            }
        }
        let mut serialized = String::with_capacity(SERIALIZED_CAPACITY);
        write_inner_list(ListSerializer::with_buffer(&mut serialized).inner_list(), &inner);
        Ok(SignatureInput {
            components,
            params,
            serialized,
            inner,
        })
    }

    /// The serialized inner list: the `@signature-params` value and the `Signature-Input` member.
    pub fn serialized(&self) -> &str {
        &self.serialized
    }
}

impl PartialEq for SignatureInput {
    fn eq(&self, other: &Self) -> bool {
        // The serialization determines components and parameters, order included.
        self.serialized == other.serialized
    }
}

impl Eq for SignatureInput {}

/// One labelled signature read from a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabeledSignature {
    /// The dictionary key, e.g. `sig`.
    pub label: String,
    /// What it covers and its parameters.
    pub input: SignatureInput,
    /// The decoded signature bytes.
    pub signature: Vec<u8>,
}

/// Reads every signature in `Signature-Input` / `Signature` (both combined across lines).
/// `Ok(vec![])` when there is no `Signature-Input`.
pub fn parse_signatures(headers: &Headers) -> Result<Vec<LabeledSignature>, InputError> {
    let Some(input_value) = headers.combined(SIGNATURE_INPUT) else {
        return Ok(Vec::new());
    };
    let inputs: Dictionary = Parser::new(&input_value)
        .parse()
        .map_err(|_| InputError::Malformed {
            field: SIGNATURE_INPUT,
        })?;
    let sig_value = headers.combined(SIGNATURE).ok_or(InputError::MissingSignature)?;
    let sigs: Dictionary = Parser::new(&sig_value)
        .parse()
        .map_err(|_| InputError::Malformed { field: SIGNATURE })?;
    let mut out = Vec::with_capacity(inputs.len());
    for (label, entry) in &inputs {
        let ListEntry::InnerList(inner) = entry else {
            return Err(InputError::Malformed {
                field: SIGNATURE_INPUT,
            });
        };
        let input = SignatureInput::from_inner(inner.clone(), SIGNATURE_INPUT)?;
        let signature = match sigs.get(label.as_str()) {
            Some(ListEntry::Item(item)) => match &item.bare_item {
                BareItem::ByteSequence(bytes) => bytes.clone(),
                _ => return Err(InputError::Malformed { field: SIGNATURE }),
            },
            Some(ListEntry::InnerList(_)) => return Err(InputError::Malformed { field: SIGNATURE }),
            None => return Err(InputError::MissingSignature),
        };
        out.push(LabeledSignature {
            label: label.as_str().to_string(),
            input,
            signature,
        });
    }
    Ok(out)
}

/// The (`Signature-Input`, `Signature`) field values for one labelled signature.
pub fn signature_fields(
    label: &str,
    input: &SignatureInput,
    signature: &[u8],
) -> Result<(String, String), InputError> {
    let key = KeyRef::from_str(label).map_err(|_| InputError::Malformed {
        field: SIGNATURE_INPUT,
    })?;
    // Written straight from the parsed inner list: building a one-member `Dictionary` would
    // clone the whole input on every signature (measured: a tenth of the CPU path outside ring).
    let mut input_value = String::with_capacity(label.len() + 1 + input.serialized.len());
    write_inner_list(
        DictSerializer::with_buffer(&mut input_value).inner_list(key),
        &input.inner,
    );
    let mut sig_value = String::new();
    DictSerializer::with_buffer(&mut sig_value).bare_item(key, RefBareItem::ByteSequence(signature));
    Ok((input_value, sig_value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sign::component::Derived;

    fn params() -> SignatureParams {
        SignatureParams {
            created: Some(1_700_000_000),
            expires: Some(1_700_000_300),
            nonce: Some("n-1".into()),
            alg: Some("ed25519".into()),
            keyid: Some("k".into()),
            tag: Some("tsc".into()),
        }
    }

    #[test]
    fn emits_parameters_in_the_fixed_order() {
        let input = SignatureInput::new(vec![Component::derived(Derived::Method)], params()).unwrap();
        assert_eq!(
            input.serialized(),
            r#"("@method");created=1700000000;expires=1700000300;nonce="n-1";alg="ed25519";keyid="k";tag="tsc""#
        );
    }

    #[test]
    fn accepts_any_order_and_keeps_it_for_the_base() {
        let mut h = Headers::new();
        h.append(
            "Signature-Input",
            r#"s=("@method" "content-digest");tag="tsc";keyid="k";created=5;x=1"#,
        );
        h.append("Signature", "s=:AAAA:");
        let parsed = parse_signatures(&h).unwrap();
        assert_eq!(parsed.len(), 1);
        let s = &parsed[0];
        assert_eq!(s.input.params.created, Some(5));
        assert_eq!(s.input.params.tag.as_deref(), Some("tsc"));
        assert_eq!(
            s.input.serialized(),
            r#"("@method" "content-digest");tag="tsc";keyid="k";created=5;x=1"#
        );
        assert_eq!(s.signature, vec![0, 0, 0]);
    }

    #[test]
    fn fields_round_trip() {
        let input = SignatureInput::new(vec![Component::field("content-type")], params()).unwrap();
        let (si, sig) = signature_fields("sig1", &input, &[1, 2, 3]).unwrap();
        assert_eq!(sig, "sig1=:AQID:");
        let mut h = Headers::new();
        h.append("Signature-Input", si);
        h.append("Signature", sig);
        let parsed = parse_signatures(&h).unwrap();
        assert_eq!(parsed[0].input, input);
    }

    #[test]
    fn wrong_types_are_malformed() {
        let cases = [
            (
                r#"s=("@method");created="5""#,
                "s=:AAAA:",
                InputError::Malformed {
                    field: SIGNATURE_INPUT,
                },
            ),
            (
                r#"s=("@method");keyid=k"#,
                "s=:AAAA:",
                InputError::Malformed {
                    field: SIGNATURE_INPUT,
                },
            ),
            (
                r#"s="@method""#,
                "s=:AAAA:",
                InputError::Malformed {
                    field: SIGNATURE_INPUT,
                },
            ),
            (
                r#"s=("@method")"#,
                "s=AAAA",
                InputError::Malformed { field: SIGNATURE },
            ),
            (r#"s=("@method")"#, "t=:AAAA:", InputError::MissingSignature),
            (
                r#"s=("@method" "@method")"#,
                "s=:AAAA:",
                InputError::DuplicateComponent,
            ),
        ];
        for (si, sig, want) in cases {
            let mut h = Headers::new();
            h.append("Signature-Input", si);
            h.append("Signature", sig);
            assert_eq!(parse_signatures(&h), Err(want), "{si} / {sig}");
        }
    }
}
