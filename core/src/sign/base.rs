//! The signature base (RFC 9421 §2.5): one line per covered component, then `@signature-params`.

use super::component::{ComponentError, Message};
use super::params::SignatureInput;

/// The exact bytes that are signed: `"<id>": <value>` per component, LF-separated, ending with
/// the `"@signature-params": <inner list>` line (no trailing LF).
pub fn signature_base(message: &Message<'_>, input: &SignatureInput) -> Result<String, ComponentError> {
    let mut base = String::with_capacity(512);
    for component in &input.components {
        let value = component.value(message)?;
        component.write_identifier(&mut base);
        base.push_str(": ");
        base.push_str(&value);
        base.push('\n');
    }
    base.push_str("\"@signature-params\": ");
    base.push_str(input.serialized());
    Ok(base)
}
