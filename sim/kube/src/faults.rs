//! Fault injection for tests: answer chosen requests with an error status, delay them, or drop
//! every open watch (clients must re-watch from their last resourceVersion).

use serde::{Deserialize, Serialize};
use std::sync::Mutex;
use std::time::Duration;
use tokio::sync::watch;

/// Which requests a rule applies to; `None` matches anything.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Match {
    /// `get`, `list`, `watch`, `create`, `update`, `patch`, `delete`, `deletecollection`.
    pub verb: Option<String>,
    /// The plural resource name (`configmaps`, `resourcegroups`).
    pub resource: Option<String>,
    pub name: Option<String>,
    pub namespace: Option<String>,
    pub subresource: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Action {
    /// Answer with this HTTP status (409 Conflict, 429 TooManyRequests, 500 InternalError, ...).
    Status { code: u16 },
    /// Delay the request, then serve it normally.
    Latency { millis: u64 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    #[serde(default, rename = "match")]
    pub matches: Match,
    pub action: Action,
    /// How many requests the rule applies to; `None` means until cleared.
    pub count: Option<u32>,
}

pub struct Faults {
    rules: Mutex<Vec<Rule>>,
    drop_watches: watch::Sender<u64>,
}

impl Default for Faults {
    fn default() -> Self {
        Faults {
            rules: Mutex::new(Vec::new()),
            drop_watches: watch::channel(0).0,
        }
    }
}

/// What to do with one request.
#[derive(Debug, Default)]
pub struct Verdict {
    pub delay: Option<Duration>,
    pub status: Option<u16>,
}

impl Faults {
    pub fn add(&self, rule: Rule) {
        self.rules
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(rule);
    }

    pub fn clear(&self) {
        self.rules.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }

    pub fn rules(&self) -> Vec<Rule> {
        self.rules.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Ends every open watch now.
    pub fn drop_watches(&self) {
        self.drop_watches.send_modify(|g| *g += 1);
    }

    pub fn watch_drops(&self) -> watch::Receiver<u64> {
        self.drop_watches.subscribe()
    }

    /// Consumes matching rules (decrementing counts) and says what to do.
    pub fn check(
        &self,
        verb: &str,
        resource: &str,
        namespace: Option<&str>,
        name: Option<&str>,
        subresource: Option<&str>,
    ) -> Verdict {
        let mut rules = self.rules.lock().unwrap_or_else(|p| p.into_inner());
        let mut verdict = Verdict::default();
        for rule in rules.iter_mut() {
            let m = &rule.matches;
            let hit = m.verb.as_deref().is_none_or(|v| v == verb)
                && m.resource.as_deref().is_none_or(|r| r == resource)
                && m.namespace.as_deref().is_none_or(|n| Some(n) == namespace)
                && m.name.as_deref().is_none_or(|n| Some(n) == name)
                && m.subresource
                    .as_deref()
                    .is_none_or(|s| Some(s) == subresource);
            if !hit || rule.count == Some(0) {
                continue;
            }
            match rule.action {
                Action::Status { code } if verdict.status.is_none() => verdict.status = Some(code),
                Action::Latency { millis } => {
                    verdict.delay =
                        Some(verdict.delay.unwrap_or_default() + Duration::from_millis(millis))
                }
                Action::Status { .. } => continue,
            }
            if let Some(c) = rule.count.as_mut() {
                *c -= 1;
            }
        }
        rules.retain(|r| r.count != Some(0));
        verdict
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_rules_expire() {
        let f = Faults::default();
        f.add(Rule {
            matches: Match {
                verb: Some("update".into()),
                resource: Some("configmaps".into()),
                ..Default::default()
            },
            action: Action::Status { code: 409 },
            count: Some(2),
        });
        assert_eq!(
            f.check("get", "configmaps", None, Some("x"), None).status,
            None
        );
        assert_eq!(
            f.check("update", "configmaps", None, Some("x"), None)
                .status,
            Some(409)
        );
        assert_eq!(
            f.check("update", "configmaps", None, Some("y"), None)
                .status,
            Some(409)
        );
        assert_eq!(
            f.check("update", "configmaps", None, Some("x"), None)
                .status,
            None
        );
        assert!(f.rules().is_empty());
    }
}
