//! Covered components (RFC 9421 §2): derived components like `@method`, header fields, and the
//! `;req` flag that lets a response signature cover parts of the request it answers.

use std::fmt;

use sfv::{BareItem, Item, KeyRef, Parameters};

use super::http::{Request, Response, UriParts};

/// A derived component (RFC 9421 §2.2) that TellSafe supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Derived {
    /// `@method`: the request method.
    Method,
    /// `@target-uri`: the full target URI.
    TargetUri,
    /// `@authority`: host and non-default port, lower case.
    Authority,
    /// `@scheme`: `http` or `https`.
    Scheme,
    /// `@request-target`: path and query as in the HTTP/1.1 request line.
    RequestTarget,
    /// `@path`: the absolute path.
    Path,
    /// `@query`: `?` and the query (just `?` when there is none).
    Query,
    /// `@status`: the three-digit response status (responses only).
    Status,
}

impl Derived {
    const ALL: [Derived; 8] = [
        Derived::Method,
        Derived::TargetUri,
        Derived::Authority,
        Derived::Scheme,
        Derived::RequestTarget,
        Derived::Path,
        Derived::Query,
        Derived::Status,
    ];

    /// The component name, e.g. `@method`.
    pub fn name(self) -> &'static str {
        match self {
            Derived::Method => "@method",
            Derived::TargetUri => "@target-uri",
            Derived::Authority => "@authority",
            Derived::Scheme => "@scheme",
            Derived::RequestTarget => "@request-target",
            Derived::Path => "@path",
            Derived::Query => "@query",
            Derived::Status => "@status",
        }
    }

    fn from_name(name: &str) -> Option<Derived> {
        Derived::ALL.into_iter().find(|d| d.name() == name)
    }
}

/// A component name: derived, or a lowercase header field name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ComponentName {
    /// A derived component.
    Derived(Derived),
    /// A header field, lower case.
    Field(String),
}

/// One covered component: a name and whether it is taken from the related request (`;req`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Component {
    /// What is covered.
    pub name: ComponentName,
    /// `;req`: in a response signature, take the value from the request.
    pub req: bool,
}

/// Why a component identifier was refused or its value could not be found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComponentError {
    /// Not an sf-string, an unknown `@` name, an upper-case field name, or a bad parameter.
    #[error("component identifier is malformed")]
    Malformed,
    /// A valid identifier we do not implement (`;sf`, `;key`, `;bs`, `;tr`, `@query-param`).
    #[error("component {component} uses an unsupported feature")]
    Unsupported {
        /// The identifier as serialized.
        component: String,
    },
    /// The component is not present in the message (or `;req` without a request).
    #[error("covered component {component} is missing from the message")]
    Missing {
        /// The identifier as serialized.
        component: String,
    },
}

impl Component {
    /// A derived component from the message itself.
    pub const fn derived(d: Derived) -> Component {
        Component {
            name: ComponentName::Derived(d),
            req: false,
        }
    }

    /// A header field; the name is lower-cased. Panics never; invalid names fail later as
    /// [`ComponentError::Malformed`] when serialized through [`Component::from_item`].
    pub fn field(name: &str) -> Component {
        Component {
            name: ComponentName::Field(name.to_ascii_lowercase()),
            req: false,
        }
    }

    /// The same component taken from the related request (`;req`).
    pub fn from_request(mut self) -> Component {
        self.req = true;
        self
    }

    /// The component name as a string (`@method`, `content-type`).
    pub fn name_str(&self) -> &str {
        match &self.name {
            ComponentName::Derived(d) => d.name(),
            ComponentName::Field(f) => f,
        }
    }

    /// The identifier as it appears in a signature base, e.g. `"@method";req`.
    pub fn identifier(&self) -> String {
        let mut out = String::with_capacity(self.name_str().len() + 6);
        self.write_identifier(&mut out);
        out
    }

    /// Appends the identifier to `out` (the signature base is built without one string per line).
    pub(crate) fn write_identifier(&self, out: &mut String) {
        out.push('"');
        out.push_str(self.name_str());
        out.push('"');
        if self.req {
            out.push_str(";req");
        }
    }

    pub(crate) fn to_item(&self) -> Result<Item, ComponentError> {
        let name =
            sfv::String::from_string(self.name_str().to_string()).map_err(|_| ComponentError::Malformed)?;
        let mut params = Parameters::new();
        if self.req {
            params.insert(REQ.to_owned(), BareItem::Boolean(true));
        }
        Ok(Item::with_params(BareItem::String(name), params))
    }

    /// Reads a component identifier from a parsed `Signature-Input` member.
    pub fn from_item(item: &Item) -> Result<Component, ComponentError> {
        let BareItem::String(name) = &item.bare_item else {
            return Err(ComponentError::Malformed);
        };
        let name = name.as_str();
        let component_name = if name.starts_with('@') {
            match Derived::from_name(name) {
                Some(d) => ComponentName::Derived(d),
                None if name == "@query-param" => {
                    return Err(ComponentError::Unsupported {
                        component: format!("\"{name}\""),
                    });
                }
                None => return Err(ComponentError::Malformed),
            }
        } else {
            if name.is_empty()
                || !name
                    .bytes()
                    .all(|b| is_field_name_byte(b) && !b.is_ascii_uppercase())
            {
                return Err(ComponentError::Malformed);
            }
            ComponentName::Field(name.to_string())
        };
        let mut req = false;
        for (param, value) in &item.params {
            match (param.as_str(), value) {
                ("req", BareItem::Boolean(true)) => req = true,
                ("req", _) => return Err(ComponentError::Malformed),
                _ => {
                    return Err(ComponentError::Unsupported {
                        component: format!("\"{name}\";{}", param.as_str()),
                    });
                }
            }
        }
        Ok(Component {
            name: component_name,
            req,
        })
    }

    /// The component value in `message` (RFC 9421 §2.1 and §2.2).
    pub fn value(&self, message: &Message<'_>) -> Result<String, ComponentError> {
        let missing = || ComponentError::Missing {
            component: self.identifier(),
        };
        let target = if self.req {
            match message {
                Message::Response {
                    request: Some(req), ..
                } => Target::Request(req),
                _ => return Err(missing()),
            }
        } else {
            match message {
                Message::Request(req) => Target::Request(req),
                Message::Response { response, .. } => Target::Response(response),
            }
        };
        match (&self.name, target) {
            (ComponentName::Field(name), Target::Request(r)) => {
                field_value(r.headers.combined(name)).ok_or_else(missing)
            }
            (ComponentName::Field(name), Target::Response(r)) => {
                field_value(r.headers.combined(name)).ok_or_else(missing)
            }
            (ComponentName::Derived(Derived::Status), Target::Response(r)) => Ok(format!("{:03}", r.status)),
            (ComponentName::Derived(Derived::Status), Target::Request(_)) => Err(missing()),
            (ComponentName::Derived(_), Target::Response(_)) => Err(missing()),
            (ComponentName::Derived(Derived::Method), Target::Request(r)) => Ok(r.method.clone()),
            (ComponentName::Derived(Derived::TargetUri), Target::Request(r)) => Ok(r.target_uri.clone()),
            (ComponentName::Derived(d), Target::Request(r)) => {
                let parts = UriParts::parse(&r.target_uri).map_err(|_| missing())?;
                Ok(match d {
                    Derived::Authority => parts.authority,
                    Derived::Scheme => parts.scheme,
                    Derived::RequestTarget => parts.request_target(),
                    Derived::Path => parts.path,
                    Derived::Query => format!("?{}", parts.query.unwrap_or_default()),
                    Derived::Method | Derived::TargetUri | Derived::Status => return Err(missing()),
                })
            }
        }
    }
}

impl fmt::Display for Component {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.identifier())
    }
}

/// The message whose components are covered: a request, or a response with the request it
/// answers (needed for `;req` components).
#[derive(Debug, Clone, Copy)]
pub enum Message<'a> {
    /// A request.
    Request(&'a Request),
    /// A response, with its request when known.
    Response {
        /// The response.
        response: &'a Response,
        /// The request it answers.
        request: Option<&'a Request>,
    },
}

enum Target<'a> {
    Request(&'a Request),
    Response(&'a Response),
}

/// A value that could break the line-based signature base (CR, LF) is treated as absent.
fn field_value(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.contains(['\r', '\n']))
}

fn is_field_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// The `req` parameter key, checked at compile time.
const REQ: &KeyRef = sfv::key_ref("req");

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> Request {
        let mut r = Request::new("POST", "https://example.com/foo?param=Value&Pet=dog").unwrap();
        r.headers.append("Content-Type", "application/json");
        r
    }

    #[test]
    fn derived_values_follow_rfc9421_section_2_2() {
        let req = request();
        let m = Message::Request(&req);
        let v = |d| Component::derived(d).value(&m).unwrap();
        assert_eq!(v(Derived::Method), "POST");
        assert_eq!(
            v(Derived::TargetUri),
            "https://example.com/foo?param=Value&Pet=dog"
        );
        assert_eq!(v(Derived::Authority), "example.com");
        assert_eq!(v(Derived::Scheme), "https");
        assert_eq!(v(Derived::RequestTarget), "/foo?param=Value&Pet=dog");
        assert_eq!(v(Derived::Path), "/foo");
        assert_eq!(v(Derived::Query), "?param=Value&Pet=dog");
        assert!(Component::derived(Derived::Status).value(&m).is_err());
        let no_query = Request::new("GET", "https://example.com/").unwrap();
        assert_eq!(
            Component::derived(Derived::Query)
                .value(&Message::Request(&no_query))
                .unwrap(),
            "?"
        );
    }

    #[test]
    fn req_flag_reads_the_request() {
        let req = request();
        let resp = Response::new(200);
        let with = Message::Response {
            response: &resp,
            request: Some(&req),
        };
        let without = Message::Response {
            response: &resp,
            request: None,
        };
        let c = Component::derived(Derived::Method).from_request();
        assert_eq!(c.value(&with).unwrap(), "POST");
        assert!(matches!(c.value(&without), Err(ComponentError::Missing { .. })));
        assert_eq!(Component::derived(Derived::Status).value(&with).unwrap(), "200");
        assert_eq!(c.identifier(), "\"@method\";req");
    }

    #[test]
    fn identifiers_round_trip_and_unsupported_ones_fail() {
        for c in [
            Component::derived(Derived::Status),
            Component::field("Content-Digest").from_request(),
        ] {
            assert_eq!(Component::from_item(&c.to_item().unwrap()).unwrap(), c);
        }
        let parse = |s: &str| Component::from_item(&sfv::Parser::new(s).parse::<Item>().unwrap());
        assert!(matches!(
            parse("\"content-type\";sf"),
            Err(ComponentError::Unsupported { .. })
        ));
        assert!(matches!(
            parse("\"@query-param\";name=\"a\""),
            Err(ComponentError::Unsupported { .. })
        ));
        assert_eq!(parse("\"@nope\""), Err(ComponentError::Malformed));
        assert_eq!(parse("\"Content-Type\""), Err(ComponentError::Malformed));
        assert_eq!(parse("content-type"), Err(ComponentError::Malformed));
    }
}
