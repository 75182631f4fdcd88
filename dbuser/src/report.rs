//! What a reconcile changed on the server.

use std::fmt;

/// A change the engine made. Descriptions name users, roles, privileges and databases, never a
/// password.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    pub action: Action,
    /// What was changed, for example `role "reader"` or `SELECT ON "app".*`.
    pub what: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    /// The user did not exist and was created.
    Create,
    /// A role, role option or privilege the spec lists was missing.
    Grant,
    /// A role, role option or privilege the spec does not list was present.
    Revoke,
}

#[cfg(feature = "engine")]
impl Change {
    pub(crate) fn created(what: String) -> Change {
        Change {
            action: Action::Create,
            what,
        }
    }

    pub(crate) fn membership(action: Action, role: &str) -> Change {
        Change {
            action,
            what: format!("membership in role {role:?}"),
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = match self.action {
            Action::Create => "created",
            Action::Grant => "granted",
            Action::Revoke => "revoked",
        };
        write!(f, "{verb} {}", self.what)
    }
}

/// The outcome of a reconcile.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Every change made, in the order made. Empty when the server already matched.
    pub changes: Vec<Change>,
    /// Whether a password was set (local users: every reconcile, since no server tells whether
    /// it already holds a given password; never counted as a change).
    pub password_set: bool,
}

impl Report {
    /// True when the user did not exist before this reconcile.
    pub fn created(&self) -> bool {
        self.changes.iter().any(|c| c.action == Action::Create)
    }

    /// One line for an event or a log: `granted role "a"; revoked SELECT ON "b".*`.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self.changes.iter().map(Change::to_string).collect();
        parts.join("; ")
    }
}
