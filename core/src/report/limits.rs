//! Every bound on a report, as a named constant with the reason for its number.
//!
//! The same numbers are written into `core/schema/report-v1.json` (`maxItems`, `maxLength`),
//! so a backend in another language enforces what the SDK enforces.

/// The version of the report schema this crate writes and reads. A new version is a new schema
/// file; readers reject versions they do not know rather than guess at field meanings.
pub const SCHEMA_VERSION: u32 = 1;

/// Free text, in Unicode scalar values counted after cleaning and NFC normalization.
///
/// 2,000 is about a page of a child's writing: enough to tell what happened in their own words,
/// small enough that a moderator reads all of it. Counting scalars after NFC means a decomposed
/// "e" + combining accent counts once, as the child sees one letter, and that keyboards which
/// decompose (some iOS input methods) do not cost the child space.
pub const MAX_FREE_TEXT_CHARS: usize = 2_000;

/// Subjects (accounts, posts, messages, conversations, live streams) named by one report.
///
/// A child reporting a group chat pile-on may pick several messages and several senders; 20
/// covers that case, while a longer list is a mass report that should be split or made by
/// tooling, not by a child in a wizard.
pub const MAX_SUBJECTS: usize = 20;

/// Evidence references (screenshots, message ids, media ids) attached to one report.
///
/// 50 lets a child attach a whole sextortion conversation message by message; more than that
/// is better preserved by the platform's own hold on the conversation, which a subject ref
/// of kind `conversation` triggers.
pub const MAX_EVIDENCE: usize = 50;

/// The serialized report (compact JSON), in bytes.
///
/// 64 KiB holds the largest report the other limits allow in ordinary use (8 KB of free text,
/// 50 evidence refs and 20 subject refs with long ids, a full wizard's answers) and is small
/// enough that the outbox stores many and a backend can refuse a larger body (413
/// `too_large`) before parsing it.
pub const MAX_REPORT_JSON_BYTES: usize = 64 * 1024;

/// Opaque ids (subject ids, evidence ids), in Unicode scalar values.
///
/// Platform ids are usually under 40 characters; the longest form we know, an AT Protocol
/// `at://` URI whose DID is a `did:web` host name (up to 253 characters) plus collection and
/// record key, fits in 512. Anything longer is not an id.
pub const MAX_OPAQUE_ID_CHARS: usize = 512;

/// Codes (wizard step ids and choice ids), in bytes (codes are ASCII).
///
/// Codes are short identifiers chosen by flow authors (`what_happened`, `threat.money`);
/// 64 is generous for that and keeps a full set of answers small.
pub const MAX_CODE_LEN: usize = 64;

/// Distinct wizard steps recorded in `answers`.
///
/// The longest shipped flow has about a dozen question steps; 32 leaves room for platform
/// flows while bounding what a hostile client can send.
pub const MAX_ANSWER_STEPS: usize = 32;

/// Choice ids recorded for one step ("choose many" steps).
///
/// A choose-many screen a child can read shows well under 16 options.
pub const MAX_CHOICES_PER_STEP: usize = 16;

/// BCP 47 locale tag, in bytes.
///
/// RFC 5646 section 4.4.1 asks implementations to support tags of at least 35 characters;
/// every tag we negotiate (language, script, region, variant) fits in that.
pub const MAX_LOCALE_LEN: usize = 35;

/// SDK and app version labels, in Unicode scalar values.
///
/// Version strings such as `5.12.1 (build 34021)` are short; 64 rejects anything that is
/// really a free-text channel.
pub const MAX_VERSION_LABEL_CHARS: usize = 64;
