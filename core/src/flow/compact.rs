//! The embedded flow and safety scripts in the compact form `core/build.rs` writes (feature
//! `compact-data`, used by the web package): plain decoders instead of a serde_json
//! deserializer per type, about 75 KB less wasm with the taxonomy's. The format is described in
//! `build.rs`; the test below checks that the decoded data equals the JSON path's.

use std::collections::BTreeMap;

use super::model::{
    CategoryFlag, Choice, Chrome, Condition, DefaultRule, Field, Flow, MessageRef, Next, Route, ScriptRef,
    Step, StepKind,
};
use super::outcome::Intent;
use super::scripts::{Handoff, SafetyScript, SafetyScripts};
use crate::age::{AgeBand, ReporterRole};
use crate::taxonomy::Category;

/// `core/flows/report.json`, compact.
const FLOW: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/flow.bin"));
/// `core/data/safety-scripts.json`, compact.
const SCRIPTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/scripts.bin"));

/// The embedded flow, decoded (validated by the tests, see [`super::Wizard::embedded_compact`]).
pub fn embedded_flow() -> Option<Flow> {
    let mut r = Reader::new(FLOW);
    let flow = Flow {
        id: r.string()?,
        version: r.u32()?,
        format: r.u32()?,
        start: next(&mut r)?,
        chrome: Chrome {
            get_help: message_ref(&mut r)?,
            help_adult: message_ref(&mut r)?,
            help_adult_or_call: message_ref(&mut r)?,
            emergency: message_ref(&mut r)?,
            back: message_ref(&mut r)?,
            quick_exit: message_ref(&mut r)?,
            next: message_ref(&mut r)?,
            skip: message_ref(&mut r)?,
            send: message_ref(&mut r)?,
        },
        steps: r.list(step)?,
    };
    r.end(flow)
}

/// The embedded safety scripts, decoded.
pub fn embedded_scripts() -> Option<SafetyScripts> {
    let mut r = Reader::new(SCRIPTS);
    let scripts = SafetyScripts {
        format: r.u32()?,
        scripts: r.list(|r| {
            Some(SafetyScript {
                id: r.string()?,
                categories: r.list(|r| Category::from_code(r.str()?))?,
                help_first: r.flag()?,
                lines: r.list(message_ref)?,
                handoffs: r.list(Reader::string)?,
                suggested_intents: r.list(|r| Intent::from_code(r.str()?))?,
                reviewed_by: r.opt(Reader::string)?,
                date: r.string()?,
            })
        })?,
        handoffs: r.list(|r| {
            Some(Handoff {
                id: r.string()?,
                label: message_ref(r)?,
                url: r.string()?,
                countries: r.opt(|r| r.list(Reader::string))?,
                bands: r.list(band)?,
                source: r.string()?,
                confidence: r.string()?,
            })
        })?,
    };
    r.end(scripts)
}

/// A cursor over compact bytes; every read is `None` past the end or on a bad value.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    /// Reads `bytes` from the start.
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    /// `value` when every byte was read (trailing bytes mean the two sides disagree).
    pub(crate) fn end<T>(self, value: T) -> Option<T> {
        self.bytes.is_empty().then_some(value)
    }

    /// One byte.
    pub(crate) fn byte(&mut self) -> Option<u8> {
        let (first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(*first)
    }

    /// A LEB128 length or number.
    pub(crate) fn len(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    /// A `u32`.
    pub(crate) fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.len()?).ok()
    }

    /// `0` or `1`.
    pub(crate) fn flag(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    /// A string slice of the input.
    pub(crate) fn str(&mut self) -> Option<&'a str> {
        let len = self.len()?;
        let bytes = self.bytes.get(..len)?;
        self.bytes = &self.bytes[len..];
        std::str::from_utf8(bytes).ok()
    }

    /// An owned string.
    pub(crate) fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }

    /// An optional value.
    pub(crate) fn opt<T>(&mut self, item: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.flag()? {
            false => Some(None),
            true => item(self).map(Some),
        }
    }

    /// A list.
    pub(crate) fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let len = self.len()?;
        // Never trust a length for an allocation: each item takes at least one byte.
        let mut out = Vec::with_capacity(len.min(self.bytes.len()));
        for _ in 0..len {
            out.push(item(self)?);
        }
        Some(out)
    }

    /// The `index`th of `all`.
    pub(crate) fn pick<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(usize::from(self.byte()?)).copied()
    }
}

fn band(r: &mut Reader<'_>) -> Option<AgeBand> {
    AgeBand::from_code(r.str()?)
}

fn role(r: &mut Reader<'_>) -> Option<ReporterRole> {
    r.pick(&[
        ReporterRole::Myself,
        ReporterRole::Caregiver,
        ReporterRole::Bystander,
        ReporterRole::Professional,
    ])
}

fn message_ref(r: &mut Reader<'_>) -> Option<MessageRef> {
    Some(match r.byte()? {
        0 => MessageRef::Id(r.string()?),
        1 => {
            // Inserts, not `collect`: collecting into a BTreeMap sorts (another stable sort
            // instantiation in the .wasm).
            let mut map = BTreeMap::new();
            for _ in 0..r.len()? {
                map.insert(r.string()?, r.string()?);
            }
            MessageRef::ByAudience(map)
        }
        _ => return None,
    })
}

fn next(r: &mut Reader<'_>) -> Option<Next> {
    Some(match r.byte()? {
        0 => Next::To(r.string()?),
        1 => Next::Routes(r.list(|r| {
            Some(Route {
                when: r.opt(condition)?,
                goto: r.string()?,
            })
        })?),
        _ => return None,
    })
}

fn condition(r: &mut Reader<'_>) -> Option<Condition> {
    Some(match r.byte()? {
        0 => Condition::Band(r.list(band)?),
        1 => Condition::Role(r.list(role)?),
        2 => Condition::AgeUnknown,
        3 => Condition::CategoryKnown,
        4 => Condition::CategoryFlag(r.pick(&[
            CategoryFlag::Urgent,
            CategoryFlag::Sexual,
            CategoryFlag::ImageBased,
        ])?),
        5 => Condition::Category(r.list(|r| Category::from_code(r.str()?))?),
        6 => Condition::HasScript,
        7 => Condition::HelpFirst,
        8 => Condition::DutyToTell,
        9 => Condition::InDanger,
        10 => Condition::Answered {
            step: r.string()?,
            option: r.string()?,
        },
        11 => Condition::Not(Box::new(condition(r)?)),
        12 => Condition::All(r.list(condition)?),
        13 => Condition::Any(r.list(condition)?),
        _ => return None,
    })
}

fn step(r: &mut Reader<'_>) -> Option<Step> {
    Some(Step {
        id: r.string()?,
        kind: r.pick(&[
            StepKind::ChooseOne,
            StepKind::ChooseMany,
            StepKind::ShortText,
            StepKind::YesNo,
            StepKind::Info,
            StepKind::WhoWillBeTold,
            StepKind::Review,
            StepKind::Done,
        ])?,
        title: message_ref(r)?,
        body: r.opt(message_ref)?,
        icon: r.opt(Reader::string)?,
        options: r.list(|r| {
            Some(Choice {
                id: r.string()?,
                label: message_ref(r)?,
                icon: r.opt(Reader::string)?,
                when: r.opt(condition)?,
                goto: r.opt(Reader::string)?,
            })
        })?,
        default: r.list(|r| {
            Some(DefaultRule {
                when: r.opt(condition)?,
                option: r.string()?,
            })
        })?,
        records: r.opt(|r| {
            r.pick(&[
                Field::AgeBand,
                Field::Category,
                Field::InDanger,
                Field::DepictedIsReporter,
                Field::Coerced,
                Field::BlockedAlready,
                Field::DesiredOutcome,
                Field::Notify,
                Field::Intents,
                Field::FreeText,
            ])
        })?,
        optional: r.flag()?,
        script: r.opt(|r| match r.byte()? {
            0 => Some(ScriptRef::ForCategory),
            1 => Some(ScriptRef::Named(r.string()?)),
            _ => None,
        })?,
        help_first: r.flag()?,
        next: r.opt(next)?,
    })
}

#[cfg(test)]
#[cfg(feature = "embedded-locales")]
mod tests {
    use super::*;

    #[test]
    fn compact_data_matches_the_json() {
        let json = Flow::from_json(super::super::EMBEDDED_FLOW).unwrap();
        assert_eq!(embedded_flow(), Some(json));
        let json = SafetyScripts::from_json(super::super::EMBEDDED_SCRIPTS).unwrap();
        assert_eq!(embedded_scripts(), Some(json));
    }

    /// `Wizard::embedded_compact` skips the run-time check; this is the check it skips.
    #[test]
    fn the_compact_flow_passes_the_checks_wizard_new_runs() {
        let (flow, scripts) = (embedded_flow().unwrap(), embedded_scripts().unwrap());
        super::super::validate(&flow, &scripts, &[], &[]).unwrap();
    }

    #[test]
    fn a_truncated_or_padded_input_is_refused_not_misread() {
        let mut r = Reader::new(&[0x85]);
        assert_eq!(r.len(), None);
        assert_eq!(Reader::new(&[3, b'a']).str(), None);
        assert_eq!(Reader::new(&[2]).flag(), None);
        assert_eq!(Reader::new(&[1, 2]).end(()), None);
        let mut r = Reader::new(&[0x96, 0x01]);
        assert_eq!(r.len(), Some(150));
        assert_eq!(r.end(()), Some(()));
        // A huge length does not allocate: the list fails at the missing bytes.
        assert_eq!(Reader::new(&[0xff, 0xff, 0xff, 0x0f]).list(Reader::byte), None);
    }
}
