//! PostgreSQL and MySQL flexible servers refuse changes while they are, for example, stopped or
//! updating. ASO checks the server's `status.state` before a PUT of the server or of its
//! children (databases, firewall rules, configurations, administrators); so do we.

use serde_json::Value;

use aso_runtime::KindInfo;

const GROUPS: &[&str] = &["dbforpostgresql.azure.com", "dbformysql.azure.com"];
const CHILDREN: &[&str] = &[
    "FlexibleServersDatabase",
    "FlexibleServersFirewallRule",
    "FlexibleServersConfiguration",
    "FlexibleServersAdministrator",
];
/// States in which a server accepts changes (lower case).
const OPEN_STATES: &[&str] = &["ready", "succeeded", "failed", "canceled"];

/// Why a PUT must wait, given the object's own status and its owner's status.
pub fn blocked(info: &KindInfo, own: Option<&Value>, owner: Option<&Value>) -> Option<String> {
    if !GROUPS.contains(&info.api_group) {
        return None;
    }
    let (status, whose) = if info.kind == "FlexibleServer" {
        (own, "the server")
    } else if CHILDREN.contains(&info.kind) {
        (owner, "the owning server")
    } else {
        return None;
    };
    let state = status?.get("state")?.as_str()?;
    if OPEN_STATES.contains(&state.to_ascii_lowercase().as_str()) {
        return None;
    }
    Some(format!(
        "{whose} is in state {state:?}, in which it refuses changes; waiting for it to be Ready"
    ))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn stopped_servers_block_their_children() {
        let catalog = aso_catalog::catalog();
        let find = |g: &str, k: &str| {
            *catalog
                .iter()
                .find(|i| i.api_group == g && i.kind == k)
                .unwrap()
        };
        let server = find("dbforpostgresql.azure.com", "FlexibleServer");
        let db = find("dbforpostgresql.azure.com", "FlexibleServersDatabase");
        let stopped = json!({"state": "Stopped"});
        let ready = json!({"state": "Ready"});
        assert!(blocked(server, Some(&stopped), None).is_some());
        assert!(blocked(server, Some(&ready), None).is_none());
        assert!(blocked(server, None, None).is_none());
        assert!(blocked(db, None, Some(&stopped)).is_some());
        let rg = find("resources.azure.com", "ResourceGroup");
        assert!(blocked(rg, Some(&stopped), None).is_none());
    }
}
