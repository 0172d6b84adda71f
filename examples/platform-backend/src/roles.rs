//! Staff roles, each with its own (DEMO) credentials, and what each role may see and do.
//!
//! * `reviewer`: works the queue (never child sexual exploitation cases).
//! * `child_safety`: the child-safety specialist; the only role that sees child sexual
//!   exploitation cases; escalates and places holds.
//! * `lead`: places and releases holds, escalates, exports the audit log (not CSE cases).
//! * `auditor`: reads and exports the audit log; views cases read-only; never reveals.
//!
//! Tokens are configured with `--demo-reviewer name:token` (role reviewer, kept for
//! compatibility) and `--demo-staff role:name:token`; a real deployment uses the platform's
//! own staff auth and maps its groups onto these roles.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension};
use tellsafe::Category;

/// A staff role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Works the general queue.
    Reviewer,
    /// Child-safety specialist: the only role that sees child sexual exploitation cases.
    ChildSafety,
    /// T&S lead: holds, escalations, audit export.
    Lead,
    /// Reads the audit log; never acts on a case.
    Auditor,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 4] = [Role::Reviewer, Role::ChildSafety, Role::Lead, Role::Auditor];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Role::Reviewer => "reviewer",
            Role::ChildSafety => "child_safety",
            Role::Lead => "lead",
            Role::Auditor => "auditor",
        }
    }

    /// The role with this code.
    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Whether this role may see a case of `category` (by its code). Child sexual exploitation
    /// (every category core maps to an NCMEC incident type) is for specialists only, so
    /// generalist reviewers and leads are not exposed to it and its reporters stay with the
    /// people trained for them; an unknown code is treated as the most restricted.
    pub fn may_see(self, category: &str) -> bool {
        if is_child_sexual_exploitation(category) {
            self == Role::ChildSafety
        } else {
            true
        }
    }

    /// Whether this role may take lifecycle actions (review, ask, decide, revise).
    pub fn may_act(self) -> bool {
        self != Role::Auditor
    }

    /// Whether this role may reveal a reporter's identity (always with a logged reason).
    pub fn may_reveal(self) -> bool {
        self != Role::Auditor
    }

    /// Whether this role may place or release holds and record escalations.
    pub fn may_hold_and_escalate(self) -> bool {
        matches!(self, Role::ChildSafety | Role::Lead)
    }

    /// Whether this role may export the audit log.
    pub fn may_export_audit(self) -> bool {
        matches!(self, Role::Lead | Role::Auditor)
    }
}

/// Whether `role` may see report case `case_id` (false if there is no such case, or no role):
/// the one visibility rule the console pages, the governance API and exports share.
pub fn may_see_case(conn: &Connection, role: Option<Role>, case_id: i64) -> rusqlite::Result<bool> {
    let category: Option<String> = conn
        .prepare_cached("SELECT category FROM reports WHERE case_id = ?1")?
        .query_row([case_id], |r| r.get(0))
        .optional()?;
    Ok(category.is_some_and(|c| role.is_some_and(|r| r.may_see(&c))))
}

/// Whether `category` (a code) is child sexual exploitation: core's taxonomy maps it to an
/// NCMEC incident type. Unknown codes count as exploitation (fail closed).
pub fn is_child_sexual_exploitation(category: &str) -> bool {
    Category::from_code(category).is_none_or(|c| c.info().ncmec.is_some())
}

/// A signed-in staff member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    /// The name in audit rows (`reviewer:<name>`).
    pub name: String,
    /// The role.
    pub role: Role,
}

/// Why the staff options could not be read (names the option, never a token).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    /// A `--demo-staff` entry is not `role:name:token` with a known role.
    #[error("--demo-staff must be role:name:token with role reviewer, child_safety, lead or auditor")]
    Malformed,
    /// The same name or token appears twice (audit rows name people by name).
    #[error("--demo-staff / --demo-reviewer: a name or token is used twice")]
    Duplicate,
}

/// DEMO staff directory: token -> staff member.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    by_token: HashMap<String, Staff>,
    by_name: HashMap<String, Role>,
}

impl Roster {
    /// Builds the roster from `--demo-reviewer` pairs (role reviewer) and `--demo-staff`
    /// `role:name:token` triples.
    pub fn new(reviewers: &[(String, String)], staff: &[String]) -> Result<Roster, RosterError> {
        let mut roster = Roster::default();
        for (name, token) in reviewers {
            roster.add(name, token, Role::Reviewer)?;
        }
        for entry in staff {
            let mut parts = entry.splitn(3, ':');
            let (Some(role), Some(name), Some(token)) = (parts.next(), parts.next(), parts.next()) else {
                return Err(RosterError::Malformed);
            };
            let role = Role::from_code(role).ok_or(RosterError::Malformed)?;
            if name.is_empty() || token.is_empty() {
                return Err(RosterError::Malformed);
            }
            roster.add(name, token, role)?;
        }
        Ok(roster)
    }

    fn add(&mut self, name: &str, token: &str, role: Role) -> Result<(), RosterError> {
        if self.by_token.contains_key(token) || self.by_name.contains_key(name) {
            return Err(RosterError::Duplicate);
        }
        self.by_name.insert(name.to_owned(), role);
        self.by_token.insert(
            token.to_owned(),
            Staff {
                name: name.to_owned(),
                role,
            },
        );
        Ok(())
    }

    /// The staff member holding `token`.
    pub fn by_token(&self, token: &str) -> Option<&Staff> {
        self.by_token.get(token)
    }

    /// The role of the staff member called `name`.
    pub fn role_of(&self, name: &str) -> Option<Role> {
        self.by_name.get(name).copied()
    }

    /// Token -> name, for code that only needs to know a token is valid.
    pub fn names_by_token(&self) -> HashMap<String, String> {
        self.by_token
            .iter()
            .map(|(t, s)| (t.clone(), s.name.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exploitation_is_for_specialists_only_and_unknown_codes_fail_closed() {
        for category in Category::ALL {
            let cse = category.info().ncmec.is_some();
            assert_eq!(is_child_sexual_exploitation(category.code()), cse);
            for role in Role::ALL {
                assert_eq!(
                    role.may_see(category.code()),
                    !cse || role == Role::ChildSafety,
                    "{} / {}",
                    role.code(),
                    category.code()
                );
            }
        }
        assert!(!Role::Lead.may_see("no_such_category"));
        assert!(Category::ALL.iter().any(|c| c.info().ncmec.is_some()));
    }

    #[test]
    fn roster_parses_roles_and_refuses_duplicates() {
        let reviewers = vec![("reviewer".to_owned(), "reviewer-token".to_owned())];
        let roster = Roster::new(&reviewers, &["child_safety:cs:cs-token".to_owned()]).unwrap();
        assert_eq!(roster.by_token("reviewer-token").unwrap().role, Role::Reviewer);
        assert_eq!(roster.role_of("cs"), Some(Role::ChildSafety));
        assert_eq!(
            Roster::new(&reviewers, &["lead:reviewer:x".to_owned()]).unwrap_err(),
            RosterError::Duplicate
        );
        assert_eq!(
            Roster::new(&reviewers, &["boss:b:x".to_owned()]).unwrap_err(),
            RosterError::Malformed
        );
        assert_eq!(
            Roster::new(&[], &["lead:b".to_owned()]).unwrap_err(),
            RosterError::Malformed
        );
    }
}
