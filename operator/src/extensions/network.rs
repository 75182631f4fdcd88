//! Network resources.
//!
//! - [`InlineChildren`]: virtual networks, security groups, route tables and load balancers whose
//!   children are separate kinds but live inline in the parent's ARM body (subnets, rules,
//!   routes, inbound NAT rules). A PUT of the parent without them would delete the children, so
//!   every PUT after the first carries the children Azure currently has.
//! - [`PrivateEndpoint`]: exports the private IP address of the endpoint's network interface;
//!   and is not Ready (a Warning, looked at again later) while one of its connections waits for
//!   the private link resource's owner to approve it, as ASO's `PostReconcileCheck` for private
//!   endpoints reports. Manual connections are the ones that wait; auto-approved ones are
//!   checked too, as ASO checks them.

use std::collections::{BTreeMap, BTreeSet};

use futures::future::BoxFuture;
use serde_json::Value;

use aso_runtime::{KindInfo, arm_id};

use super::{Extension, Put};
use crate::arm::{ArmError, ScopedArm};
use crate::reconcile::failure::Failure;

/// Keeps the inline children held in `properties.<0>`.
pub struct InlineChildren(pub &'static str);

impl Extension for InlineChildren {
    fn modify_body<'a>(
        &'a self,
        put: &'a Put<'a>,
        body: &'a mut Value,
    ) -> BoxFuture<'a, Result<(), Failure>> {
        Box::pin(async move {
            if let Some(current) = put.current_or_get().await? {
                keep_children(body, &current, self.0);
            }
            Ok(())
        })
    }
}

/// Copies `current`'s children into `body` unless the body sets them itself.
pub fn keep_children(body: &mut Value, current: &Value, property: &str) {
    let Some(children) = current
        .pointer(&format!("/properties/{property}"))
        .filter(|v| !v.is_null())
    else {
        return;
    };
    let Some(body) = body.as_object_mut() else {
        return;
    };
    let properties = body
        .entry("properties")
        .or_insert_with(|| Value::Object(Default::default()));
    if let Some(properties) = properties.as_object_mut()
        && properties.get(property).is_none_or(Value::is_null)
    {
        properties.insert(property.to_string(), children.clone());
    }
}

pub struct PrivateEndpoint;

impl Extension for PrivateEndpoint {
    fn post_reconcile(&self, status: &Value) -> Option<String> {
        unapproved_connection(status)
    }

    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        _info: &'static KindInfo,
        _id: &'a str,
        status: &'a Value,
        _wanted: &'a BTreeSet<String>,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(private_endpoint_address(azure, status))
    }
}

/// The first connection of the endpoint's status that is not approved, described.
fn unapproved_connection(status: &Value) -> Option<String> {
    ["manualPrivateLinkServiceConnections", "privateLinkServiceConnections"]
        .iter()
        .filter_map(|list| status.get(*list)?.as_array())
        .flatten()
        .find_map(|connection| {
            let state = connection.get("privateLinkServiceConnectionState");
            let approval = state
                .and_then(|s| s.get("status"))
                .and_then(Value::as_str)
                .unwrap_or("Pending");
            if approval.eq_ignore_ascii_case("Approved") {
                return None;
            }
            let name = connection
                .get("name")
                .or_else(|| connection.get("id"))
                .and_then(Value::as_str)
                .unwrap_or("?");
            let description = state
                .and_then(|s| s.get("description"))
                .and_then(Value::as_str)
                .filter(|d| !d.is_empty())
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            Some(format!(
                "private link connection {name:?} is {approval}{description}: it must be approved by the owner of the private link resource"
            ))
        })
}

/// `primaryNicPrivateIpAddress`: the first IP configuration's address of the endpoint's first
/// network interface.
async fn private_endpoint_address(
    azure: &ScopedArm<'_>,
    status: &Value,
) -> Result<BTreeMap<String, String>, ArmError> {
    let mut out = BTreeMap::new();
    let Some(nic) = status
        .pointer("/networkInterfaces/0/id")
        .and_then(Value::as_str)
    else {
        return Ok(out);
    };
    // The interface is Azure's, named in the endpoint's status as ARM returned it: it is read
    // (never written), and only in the endpoint's own subscription.
    let same_subscription = arm_id::parse(nic)
        .ok()
        .and_then(|p| p.subscription)
        .is_some_and(|s| s.eq_ignore_ascii_case(azure.subscription()));
    if !same_subscription {
        return Ok(out);
    }
    let api = azure
        .api_version_of("Microsoft.Network/networkInterfaces")
        .unwrap_or("2020-11-01");
    if let Some(nic) = azure.widened(nic).get(nic, api, "NetworkInterface").await?
        && let Some(ip) = nic
            .pointer("/properties/ipConfigurations/0/properties/privateIPAddress")
            .and_then(Value::as_str)
    {
        out.insert("primaryNicPrivateIpAddress".into(), ip.to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn subnets_are_kept() {
        let mut body = json!({"location": "westus", "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}}});
        let current = json!({"properties": {"subnets": [{"name": "a", "properties": {"addressPrefix": "10.0.0.0/24"}}]}});
        keep_children(&mut body, &current, "subnets");
        assert_eq!(body["properties"]["subnets"][0]["name"], "a");
        // A body that sets them keeps its own.
        let mut body = json!({"properties": {"subnets": []}});
        keep_children(&mut body, &current, "subnets");
        assert_eq!(body["properties"]["subnets"], json!([]));
    }

    #[test]
    fn endpoints_wait_for_their_connections_to_be_approved() {
        let connection = |name: &str, status: Option<&str>| {
            let mut c = json!({"name": name, "privateLinkServiceConnectionState": {"description": "please"}});
            if let Some(s) = status {
                c["privateLinkServiceConnectionState"]["status"] = json!(s);
            }
            c
        };
        let cases = [
            (json!({}), None),
            (
                json!({"privateLinkServiceConnections": [connection("auto", Some("Approved"))]}),
                None,
            ),
            (
                json!({"manualPrivateLinkServiceConnections": [connection("m", Some("approved"))]}),
                None,
            ),
            (
                json!({"manualPrivateLinkServiceConnections": [connection("m", Some("Pending"))]}),
                Some("\"m\" is Pending (please)"),
            ),
            (
                json!({"manualPrivateLinkServiceConnections": [connection("m", None)]}),
                Some("\"m\" is Pending"),
            ),
            (
                json!({"privateLinkServiceConnections": [connection("a", Some("Rejected"))]}),
                Some("\"a\" is Rejected"),
            ),
        ];
        for (status, expected) in cases {
            let got = PrivateEndpoint.post_reconcile(&status);
            match expected {
                None => assert_eq!(got, None, "{status}"),
                Some(part) => {
                    let got = got.unwrap_or_default();
                    assert!(got.contains(part) && got.contains("approved"), "{got}");
                }
            }
        }
    }
}
