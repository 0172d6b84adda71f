//! Escalation records: who escalated what, when, under which legal basis, with which outside
//! reference.
//!
//! * `ncmec`: a CyberTipline report. One bundle per reported user: escalating another case
//!   about the same user adds it to the open bundle. Records the CyberTipline report id and
//!   response codes once filed, and the priority reason.
//! * `emergency_disclosure`: data disclosed to an authority because a life was at risk.
//! * `dsa_art18`: a DSA Art. 18 notice of a suspected threat to life or safety, to the member
//!   state's authority, or to Europol when the member state cannot be identified.
//!
//! Any escalation may place a law-enforcement hold ([`crate::holds`]) which freezes
//! user-facing actions and statements. Every change is in the audit log.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Deserialize;
use serde_json::{Value, json};
use tellsafe::Timestamp;
use tellsafe::intake::ErrorCode;

use crate::audit;
use crate::db::StoreError;
use crate::holds::{self, HoldKind, is_reason};

/// Most CyberTipline response codes kept for one bundle (a few per submission round).
pub const MAX_RESPONSE_CODES: usize = 32;

/// EU member states (ISO 3166-1 alpha-2, Greece as `GR`), the only valid Art. 18 addressees.
pub const EU_MEMBER_STATES: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// A new escalation, as the console API takes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum NewEscalation {
    /// A CyberTipline report (bundled per reported user).
    Ncmec {
        /// Why the report is urgent (NCMEC's priority reason), e.g. `child_in_imminent_danger`.
        priority_reason: String,
        /// Legal basis, default `18 U.S.C. 2258A`.
        #[serde(default)]
        legal_basis: Option<String>,
        /// Place a law-enforcement hold.
        #[serde(default)]
        law_enforcement_hold: bool,
    },
    /// An emergency disclosure to an authority.
    EmergencyDisclosure {
        /// Which authority received it.
        authority: String,
        /// The legal basis (e.g. `GDPR Art. 6(1)(d)`, `18 U.S.C. 2702(b)(8)`).
        legal_basis: String,
        /// The authority's request or case reference.
        #[serde(default)]
        reference: Option<String>,
        /// Place a law-enforcement hold.
        #[serde(default)]
        law_enforcement_hold: bool,
    },
    /// A DSA Art. 18 notice.
    DsaArt18 {
        /// ISO code of the member state concerned, if it can be identified.
        #[serde(default)]
        member_state: Option<String>,
        /// The authority notified in that member state.
        #[serde(default)]
        authority: Option<String>,
        /// Notify Europol because the member state cannot be identified.
        #[serde(default)]
        europol_fallback: bool,
        /// The notice's reference.
        #[serde(default)]
        reference: Option<String>,
        /// Place a law-enforcement hold.
        #[serde(default)]
        law_enforcement_hold: bool,
    },
}

/// The CyberTipline's answer to a filed bundle.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NcmecResponse {
    /// The CyberTipline report id.
    pub report_id: String,
    /// The response codes the CyberTipline returned.
    pub response_codes: Vec<i64>,
}

fn opt_ok(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(is_reason)
}

impl NewEscalation {
    /// Whether every field is present where required and well formed.
    pub fn is_valid(&self) -> bool {
        match self {
            NewEscalation::Ncmec {
                priority_reason,
                legal_basis,
                ..
            } => crate::cases::is_code(priority_reason) && opt_ok(legal_basis),
            NewEscalation::EmergencyDisclosure {
                authority,
                legal_basis,
                reference,
                ..
            } => is_reason(authority) && is_reason(legal_basis) && opt_ok(reference),
            NewEscalation::DsaArt18 {
                member_state,
                authority,
                europol_fallback,
                reference,
                ..
            } => {
                let state_ok = match member_state.as_deref() {
                    Some(ms) => EU_MEMBER_STATES.contains(&ms) && !europol_fallback,
                    // Art. 18(2): Europol when the member state cannot be identified.
                    None => *europol_fallback,
                };
                state_ok && opt_ok(authority) && opt_ok(reference)
            }
        }
    }

    fn wants_hold(&self) -> bool {
        match self {
            NewEscalation::Ncmec {
                law_enforcement_hold, ..
            }
            | NewEscalation::EmergencyDisclosure {
                law_enforcement_hold, ..
            }
            | NewEscalation::DsaArt18 {
                law_enforcement_hold, ..
            } => *law_enforcement_hold,
        }
    }
}

/// The reported user of a case: the first `user` subject preserved at intake.
fn reported_user(conn: &Connection, case_id: i64) -> rusqlite::Result<Option<String>> {
    let items: Option<String> = conn
        .query_row(
            "SELECT items FROM holds WHERE case_id = ?1 ORDER BY placed_at LIMIT 1",
            [case_id],
            |r| r.get(0),
        )
        .optional()?;
    let items: Value = items
        .and_then(|i| serde_json::from_str(&i).ok())
        .unwrap_or(Value::Null);
    let subjects = items["subjects"].as_array().cloned().unwrap_or_default();
    let user = subjects
        .iter()
        .find(|s| s["kind"] == "user")
        .or_else(|| subjects.first())
        .and_then(|s| s["id"].as_str())
        .map(str::to_owned);
    Ok(user)
}

/// Records an escalation of `case_id` by `actor`; returns the escalation record.
/// `InvalidState` for an NCMEC escalation of a case without a reported user.
pub fn create(
    conn: &Connection,
    case_id: i64,
    actor: &str,
    new: &NewEscalation,
    now: Timestamp,
) -> Result<Result<Value, ErrorCode>, StoreError> {
    let at = now.unix_millis();
    let (kind, legal_basis, reference, user, record) = match new {
        NewEscalation::Ncmec {
            priority_reason,
            legal_basis,
            ..
        } => {
            let Some(user) = reported_user(conn, case_id)? else {
                return Ok(Err(ErrorCode::InvalidState));
            };
            let basis = legal_basis
                .clone()
                .unwrap_or_else(|| "18 U.S.C. 2258A".to_owned());
            let record =
                json!({"priority_reason": priority_reason, "cybertip_report_id": null, "response_codes": []});
            ("ncmec", basis, None, Some(user), record)
        }
        NewEscalation::EmergencyDisclosure {
            authority,
            legal_basis,
            reference,
            ..
        } => (
            "emergency_disclosure",
            legal_basis.trim().to_owned(),
            reference.clone(),
            None,
            json!({"authority": authority.trim()}),
        ),
        NewEscalation::DsaArt18 {
            member_state,
            authority,
            europol_fallback,
            reference,
            ..
        } => (
            "dsa_art18",
            "Regulation (EU) 2022/2065 Art. 18".to_owned(),
            reference.clone(),
            None,
            json!({"member_state": member_state, "authority": authority, "europol_fallback": europol_fallback}),
        ),
    };
    // One NCMEC bundle per reported user: join the existing bundle if there is one.
    let existing: Option<i64> = match &user {
        Some(u) if kind == "ncmec" => conn
            .query_row(
                "SELECT escalation_id FROM escalations WHERE kind = 'ncmec' AND reported_user = ?1",
                [u],
                |r| r.get(0),
            )
            .optional()?,
        _ => None,
    };
    let escalation_id = match existing {
        Some(id) => {
            conn.execute(
                "UPDATE escalations SET updated_at = ?1 WHERE escalation_id = ?2",
                params![at, id],
            )?;
            id
        }
        None => {
            conn.execute(
                "INSERT INTO escalations (kind, created_by, created_at, updated_at, reference, legal_basis, reported_user, record)
                 VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7)",
                params![kind, actor, at, reference, legal_basis, user, record.to_string()],
            )?;
            conn.last_insert_rowid()
        }
    };
    conn.execute(
        "INSERT OR IGNORE INTO escalation_cases (escalation_id, case_id, added_at, added_by) VALUES (?1, ?2, ?3, ?4)",
        params![escalation_id, case_id, at, actor],
    )?;
    audit::append(
        conn,
        &audit::Entry {
            at,
            actor,
            action: "escalation.recorded",
            subject: &format!("case:{case_id}"),
            detail: &json!({"escalation_id": escalation_id, "kind": kind, "legal_basis": legal_basis,
                            "bundled": existing.is_some()})
            .to_string(),
        },
    )?;
    if new.wants_hold() && !holds::law_enforcement_hold(conn, case_id)? {
        let basis = format!("{kind} escalation {escalation_id}");
        holds::place(
            conn,
            case_id,
            HoldKind::LawEnforcement,
            actor,
            &basis,
            reference.as_deref(),
            now,
        )?;
    }
    Ok(get(conn, escalation_id)?.ok_or(ErrorCode::NotFound))
}

/// Records the CyberTipline's answer on an NCMEC bundle.
pub fn record_ncmec_response(
    conn: &Connection,
    escalation_id: i64,
    actor: &str,
    response: &NcmecResponse,
    now: Timestamp,
) -> Result<Result<Value, ErrorCode>, StoreError> {
    if !is_reason(&response.report_id) || response.response_codes.len() > MAX_RESPONSE_CODES {
        return Ok(Err(ErrorCode::SchemaInvalid));
    }
    let record: Option<String> = conn
        .query_row(
            "SELECT record FROM escalations WHERE escalation_id = ?1 AND kind = 'ncmec'",
            [escalation_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(record) = record else {
        return Ok(Err(ErrorCode::NotFound));
    };
    let mut record: Value = serde_json::from_str(&record).unwrap_or_else(|_| json!({}));
    record["cybertip_report_id"] = json!(response.report_id.trim());
    record["response_codes"] = json!(response.response_codes);
    let at = now.unix_millis();
    conn.execute(
        "UPDATE escalations SET record = ?1, reference = ?2, updated_at = ?3 WHERE escalation_id = ?4",
        params![record.to_string(), response.report_id.trim(), at, escalation_id],
    )?;
    audit::append(
        conn,
        &audit::Entry {
            at,
            actor,
            action: "escalation.ncmec_response",
            subject: &format!("escalation:{escalation_id}"),
            detail:
                &json!({"report_id": response.report_id.trim(), "response_codes": response.response_codes})
                    .to_string(),
        },
    )?;
    Ok(get(conn, escalation_id)?.ok_or(ErrorCode::NotFound))
}

/// Categories of the cases in an escalation (for visibility checks).
pub fn categories(conn: &Connection, escalation_id: i64) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.category FROM escalation_cases e JOIN reports r ON r.case_id = e.case_id WHERE e.escalation_id = ?1",
    )?;
    let rows = stmt.query_map([escalation_id], |r| r.get(0))?;
    rows.collect()
}

/// One escalation record with its cases. The reported user is shown as "bundled", never by id
/// (the bundle is exported to NCMEC by the platform's own tooling).
pub fn get(conn: &Connection, escalation_id: i64) -> rusqlite::Result<Option<Value>> {
    let row = conn
        .query_row(
            "SELECT kind, created_by, created_at, updated_at, reference, legal_basis, record, reported_user IS NOT NULL
             FROM escalations WHERE escalation_id = ?1",
            [escalation_id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, bool>(7)?,
                ))
            },
        )
        .optional()?;
    let Some((kind, by, created, updated, reference, basis, record, per_user)) = row else {
        return Ok(None);
    };
    let mut stmt = conn
        .prepare_cached("SELECT case_id FROM escalation_cases WHERE escalation_id = ?1 ORDER BY case_id")?;
    let cases: Vec<i64> = stmt
        .query_map([escalation_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(Some(json!({
        "escalation_id": escalation_id,
        "kind": kind,
        "created_by": by,
        "created_at": Timestamp::from_unix_millis(created),
        "updated_at": Timestamp::from_unix_millis(updated),
        "reference": reference,
        "legal_basis": basis,
        "bundled_per_reported_user": per_user,
        "record": serde_json::from_str::<Value>(&record).unwrap_or(Value::Null),
        "case_ids": cases,
    })))
}

/// Every escalation that includes `case_id`.
pub fn for_case(conn: &Connection, case_id: i64) -> rusqlite::Result<Vec<Value>> {
    let mut stmt = conn.prepare_cached("SELECT escalation_id FROM escalation_cases WHERE case_id = ?1")?;
    let ids: Vec<i64> = stmt
        .query_map([case_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for id in ids {
        if let Some(e) = get(conn, id)? {
            out.push(e);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(ms: i64) -> Timestamp {
        Timestamp::from_unix_millis(1_700_000_000_000 + ms).unwrap()
    }

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::migrate(&mut conn).unwrap();
        for (case, user) in [(1, "u_1"), (2, "u_1"), (3, "u_2")] {
            conn.execute(
                "INSERT INTO reports (case_id, account_id, report_id, key_id, content_type, body, body_digest,
                     category, age_band, in_danger, priority, tier, received_at, expected_review_by, hold_id, state)
                 VALUES (?1, 'a', ?1, 'k', 'application/json', x'7b7d', x'00', 'sexual_images_of_child', '10-12',
                     0, 95, 'urgent', 0, 0, ?1, 'received')",
                [case],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO holds (hold_id, case_id, placed_at, items) VALUES (?1, ?1, 0, ?2)",
                params![
                    case,
                    json!({"subjects": [{"kind": "user", "id": user}]}).to_string()
                ],
            )
            .unwrap();
        }
        conn
    }

    fn ncmec() -> NewEscalation {
        serde_json::from_value(
            json!({"kind": "ncmec", "priority_reason": "child_in_imminent_danger",
                                      "law_enforcement_hold": true}),
        )
        .unwrap()
    }

    #[test]
    fn ncmec_bundles_one_per_reported_user_and_records_the_response() {
        let conn = db();
        assert!(ncmec().is_valid());
        let a = create(&conn, 1, "reviewer:cs", &ncmec(), t(0)).unwrap().unwrap();
        let b = create(&conn, 2, "reviewer:cs", &ncmec(), t(1)).unwrap().unwrap();
        let c = create(&conn, 3, "reviewer:cs", &ncmec(), t(2)).unwrap().unwrap();
        assert_eq!(
            a["escalation_id"], b["escalation_id"],
            "same reported user, same bundle"
        );
        assert_ne!(a["escalation_id"], c["escalation_id"]);
        assert_eq!(b["case_ids"], json!([1, 2]));
        assert!(holds::law_enforcement_hold(&conn, 1).unwrap());
        let id = a["escalation_id"].as_i64().unwrap();
        let response = NcmecResponse {
            report_id: "123456789".into(),
            response_codes: vec![0],
        };
        let done = record_ncmec_response(&conn, id, "reviewer:cs", &response, t(3))
            .unwrap()
            .unwrap();
        assert_eq!(done["record"]["cybertip_report_id"], "123456789");
        assert_eq!(done["record"]["priority_reason"], "child_in_imminent_danger");
        assert_eq!(done["legal_basis"], "18 U.S.C. 2258A");
        assert_eq!(
            crate::audit::verify(&conn).unwrap(),
            crate::audit::Verdict::Intact { rows: 7 }
        );
    }

    #[test]
    fn art18_needs_a_member_state_or_the_europol_fallback() {
        let parse = |v: Value| serde_json::from_value::<NewEscalation>(v).unwrap();
        assert!(parse(json!({"kind": "dsa_art18", "member_state": "IE", "authority": "Garda"})).is_valid());
        assert!(parse(json!({"kind": "dsa_art18", "europol_fallback": true})).is_valid());
        assert!(!parse(json!({"kind": "dsa_art18"})).is_valid());
        assert!(!parse(json!({"kind": "dsa_art18", "member_state": "US"})).is_valid());
        assert!(
            !parse(json!({"kind": "emergency_disclosure", "authority": "", "legal_basis": "x"})).is_valid()
        );
    }
}
