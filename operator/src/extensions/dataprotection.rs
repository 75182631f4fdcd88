//! Data protection (`dataprotection.azure.com`): a backup instance is accepted by Azure before
//! its protection is configured. ASO's `PostReconcileCheck` for backup instances
//! (`backup_vaults_backup_instance_extensions.go`) reads `protectionStatus` and keeps the
//! instance not Ready, as a Warning, until the status is one the data protection service calls
//! terminal; so do we, naming the status and, for `ProtectionError`, Azure's error.
//!
//! ASO additionally starts a `sync` of the instance when the error is a user error; that
//! action is not sent here (the Warning says what Azure reported, and a spec change re-sends
//! the PUT).

use serde_json::Value;

use super::Extension;

/// Protection states no further change comes out of by itself (lower case; ASO's list, from
/// the data protection team).
const TERMINAL_STATES: &[&str] = &[
    "configuringprotectionfailed",
    "invalid",
    "notprotected",
    "protectionconfigured",
    "softdeleted",
    "protectionstopped",
    "backupschedulessuspended",
    "retentionschedulessuspended",
];

pub struct BackupInstance;

impl Extension for BackupInstance {
    fn post_reconcile(&self, status: &Value) -> Option<String> {
        protection_pending(status)
    }
}

/// Why the instance's protection is not settled, from its status.
fn protection_pending(status: &Value) -> Option<String> {
    let protection = status.pointer("/properties/protectionStatus")?;
    let state = protection.get("status")?.as_str()?;
    if TERMINAL_STATES.contains(&state.to_ascii_lowercase().as_str()) {
        return None;
    }
    if state.eq_ignore_ascii_case("ProtectionError") {
        let detail = |field: &str| {
            protection
                .pointer(&format!("/errorDetails/{field}"))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        return Some(
            format!(
                "protection of the backup instance failed: {} {}",
                detail("code"),
                detail("message")
            )
            .trim_end()
            .to_string(),
        );
    }
    Some(format!(
        "the backup instance's protection status is {state:?}; waiting for it to be configured"
    ))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn protection_is_ready_once_terminal() {
        let status = |protection: Value| json!({"properties": {"protectionStatus": protection}});
        let cases = [
            (json!({}), None),
            (status(json!({"status": "ProtectionConfigured"})), None),
            (status(json!({"status": "NotProtected"})), None),
            (
                status(json!({"status": "ConfiguringProtection"})),
                Some("\"ConfiguringProtection\""),
            ),
            (
                status(json!({"status": "ProtectionError", "errorDetails": {
                    "code": "UserErrorMissingRole", "message": "The vault's identity lacks a role"}})),
                Some("UserErrorMissingRole The vault's identity lacks a role"),
            ),
            (
                status(json!({"status": "ProtectionError"})),
                Some("protection of the backup instance failed:"),
            ),
        ];
        for (status, expected) in cases {
            let got = BackupInstance.post_reconcile(&status);
            match expected {
                None => assert_eq!(got, None, "{status}"),
                Some(part) => assert!(got.as_deref().unwrap_or("").contains(part), "{got:?}"),
            }
        }
    }
}
