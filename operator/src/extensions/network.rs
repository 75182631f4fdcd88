//! Network resources whose children are separate kinds but live inline in the parent's ARM body
//! (a virtual network's subnets, a security group's rules, a route table's routes, a load
//! balancer's inbound NAT rules). A PUT of the parent without them would delete the children, so
//! every PUT after the first carries the children Azure currently has.

use serde_json::Value;

use aso_runtime::KindInfo;

const INLINE_CHILDREN: &[(&str, &str)] = &[
    ("VirtualNetwork", "subnets"),
    ("NetworkSecurityGroup", "securityRules"),
    ("RouteTable", "routes"),
    ("LoadBalancer", "inboundNatRules"),
];

/// The `properties` member holding the kind's inline children, if it has any.
pub fn child_collection(info: &KindInfo) -> Option<&'static str> {
    if info.api_group != "network.azure.com" {
        return None;
    }
    INLINE_CHILDREN
        .iter()
        .find(|(kind, _)| *kind == info.kind)
        .map(|(_, property)| *property)
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
    fn kinds_with_inline_children() {
        let catalog = aso_catalog::catalog();
        let find = |kind: &str| {
            catalog
                .iter()
                .find(|i| i.api_group == "network.azure.com" && i.kind == kind)
                .unwrap()
        };
        assert_eq!(child_collection(find("VirtualNetwork")), Some("subnets"));
        assert_eq!(child_collection(find("RouteTable")), Some("routes"));
        assert_eq!(child_collection(find("PublicIPAddress")), None);
    }
}
