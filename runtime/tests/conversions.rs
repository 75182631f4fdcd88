//! The generic conversions on a hand-written kind that uses every shape: spec to ARM body, ARM
//! body back to spec and status, dependencies, and the errors users see.

use aso_runtime::from_arm::{spec_from_arm, status_from_arm};
use std::collections::BTreeMap;

use aso_runtime::reference::{
    ConfigMapReference, ResourceReference, SecretMapReference, SecretReference,
};
use aso_runtime::shape::{ObjectShape, OneOf, OneOfOption, Prop, Shape};
use aso_runtime::to_arm::{self, ConvertError, Dependency, Resolver};
use aso_runtime::{AzureName, KindInfo, NameRule, OwnerRule, Payload, Scope};
use proptest::prelude::*;
use serde_json::{Value, json};

static RULE: ObjectShape = ObjectShape {
    props: &[
        Prop {
            name: "enabled",
            arm: &["enabled"],
            shape: Shape::Value,
            payload: None,
        },
        Prop {
            name: "prefixes",
            arm: &["prefixes"],
            shape: Shape::Array(&Shape::Value),
            payload: None,
        },
    ],
};
static PAINT: ObjectShape = ObjectShape {
    props: &[
        Prop {
            name: "color",
            arm: &["parameters", "color"],
            shape: Shape::Value,
            payload: None,
        },
        Prop {
            name: "kind",
            arm: &["kind"],
            shape: Shape::Value,
            payload: None,
        },
    ],
};
static POLISH: ObjectShape = ObjectShape {
    props: &[Prop {
        name: "kind",
        arm: &["kind"],
        shape: Shape::Value,
        payload: None,
    }],
};
static IDENTITY_DETAILS: ObjectShape = ObjectShape { props: &[] };
static IDENTITY: ObjectShape = ObjectShape {
    props: &[
        Prop {
            name: "type",
            arm: &["type"],
            shape: Shape::Value,
            payload: None,
        },
        Prop {
            name: "userAssignedIdentities",
            arm: &["userAssignedIdentities"],
            shape: Shape::ReferenceKeyedMap(&IDENTITY_DETAILS),
            payload: None,
        },
    ],
};
static SPEC: ObjectShape = ObjectShape {
    props: &[
        Prop {
            name: "action",
            arm: &["properties", "action"],
            shape: Shape::OneOf(&OneOf {
                discriminator: "kind",
                options: &[
                    OneOfOption {
                        name: "paint",
                        value: "Paint",
                        shape: &PAINT,
                    },
                    OneOfOption {
                        name: "polish",
                        value: "Polish",
                        shape: &POLISH,
                    },
                ],
            }),
            payload: None,
        },
        Prop {
            name: "identity",
            arm: &["identity"],
            shape: Shape::Object(&IDENTITY),
            payload: None,
        },
        Prop {
            name: "location",
            arm: &["location"],
            shape: Shape::Value,
            payload: None,
        },
        Prop {
            name: "password",
            arm: &["properties", "password"],
            shape: Shape::Secret,
            payload: None,
        },
        Prop {
            name: "protectedSettings",
            arm: &["properties", "protectedSettings"],
            shape: Shape::SecretMap,
            payload: None,
        },
        Prop {
            name: "rules",
            arm: &["properties", "rules"],
            shape: Shape::Array(&Shape::Object(&RULE)),
            payload: None,
        },
        Prop {
            name: "subnetReference",
            arm: &["properties", "subnetId"],
            shape: Shape::Reference,
            payload: None,
        },
        Prop {
            name: "tags",
            arm: &["tags"],
            shape: Shape::Map(&Shape::Value),
            payload: None,
        },
        Prop {
            name: "tenantId",
            arm: &["properties", "tenantId"],
            shape: Shape::Value,
            payload: None,
        },
        Prop {
            name: "tenantIdFromConfig",
            arm: &["properties", "tenantId"],
            shape: Shape::ConfigValue,
            payload: None,
        },
    ],
};
static STATUS: ObjectShape = ObjectShape {
    props: &[
        Prop {
            name: "id",
            arm: &["id"],
            shape: Shape::Value,
            payload: None,
        },
        Prop {
            name: "provisioningState",
            arm: &["properties", "provisioningState"],
            shape: Shape::Value,
            payload: None,
        },
        Prop {
            name: "subnetId",
            arm: &["properties", "subnetId"],
            shape: Shape::Value,
            payload: None,
        },
    ],
};

fn info(payload: Payload) -> &'static KindInfo {
    info_of(payload, &SPEC)
}

fn info_of(payload: Payload, spec: &'static ObjectShape) -> &'static KindInfo {
    Box::leak(Box::new(KindInfo {
        group: "test",
        api_group: "test.azure.com",
        version: "v1api20240101",
        kind: "Widget",
        plural: "widgets",
        arm_type: "Microsoft.Test/widgets",
        api_version: "2024-01-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}",
        scope: Scope::ResourceGroup,
        owner: OwnerRule::Kind(aso_runtime::KindRef {
            group: "resources.azure.com",
            kind: "ResourceGroup",
        }),
        azure_name: AzureName::FromSpec(NameRule {
            pattern: None,
            min_length: None,
            max_length: None,
        }),
        payload,
        spec,
        status: &STATUS,
        exports: &[],
        arm_schema: "{}",
        aso_versions: &["v1api20240101"],
    }))
}

/// Resolves everything to recognisable values.
struct Fixed;

impl Resolver for Fixed {
    fn resource(&self, _: &str, reference: &ResourceReference) -> Result<String, ConvertError> {
        Ok(reference
            .arm_id
            .clone()
            .unwrap_or_else(|| format!("/id/of/{}", reference.name.as_deref().unwrap_or(""))))
    }
    fn secret(&self, _: &str, reference: &SecretReference) -> Result<String, ConvertError> {
        Ok(format!("secret {}/{}", reference.name, reference.key))
    }
    fn secret_map(
        &self,
        _: &str,
        reference: &SecretMapReference,
    ) -> Result<BTreeMap<String, String>, ConvertError> {
        Ok(["a", "b"]
            .map(|k| (k.to_string(), format!("secret {}/{k}", reference.name)))
            .into())
    }
    fn config_map(&self, _: &str, reference: &ConfigMapReference) -> Result<String, ConvertError> {
        Ok(format!("config {}/{}", reference.name, reference.key))
    }
}

#[test]
fn spec_becomes_the_arm_body() {
    let spec = json!({
        "location": "westus",
        "tags": {"a": "b"},
        "password": {"name": "creds", "key": "pw"},
        "tenantIdFromConfig": {"name": "settings", "key": "tenant"},
        "subnetReference": {"group": "network.azure.com", "kind": "VirtualNetworksSubnet", "name": "sub"},
        "rules": [{"enabled": true}],
        "action": {"paint": {"color": "red"}},
        "identity": {"type": "UserAssigned", "userAssignedIdentities": [{"reference": {"armId": "/subscriptions/s/x/id1"}}]},
        "owner": {"name": "ignored"},
        "azureName": "ignored",
    });
    let body = to_arm::arm_body(info(Payload::OmitEmpty), &spec, "w1", &Fixed).unwrap();
    assert_eq!(
        body,
        json!({
            "name": "w1",
            "location": "westus",
            "tags": {"a": "b"},
            "identity": {"type": "UserAssigned", "userAssignedIdentities": {"/subscriptions/s/x/id1": {}}},
            "properties": {
                "password": "secret creds/pw",
                "tenantId": "config settings/tenant",
                "subnetId": "/id/of/sub",
                "rules": [{"enabled": true}],
                "action": {"kind": "Paint", "parameters": {"color": "red"}},
            },
        })
    );
}

#[test]
fn explicit_collections_are_sent_as_null_where_their_object_is_sent() {
    let spec = json!({"location": "westus", "rules": [{"enabled": true}]});
    let body = to_arm::arm_body(info(Payload::ExplicitCollections), &spec, "w1", &Fixed).unwrap();
    assert_eq!(body["tags"], Value::Null);
    assert!(body.as_object().unwrap().contains_key("tags"));
    assert_eq!(body["properties"]["rules"][0]["prefixes"], Value::Null);
    assert!(
        body["properties"]["rules"][0]
            .as_object()
            .unwrap()
            .contains_key("prefixes")
    );
    // An object nothing set stays out: no `identity` appears to carry a null map.
    assert!(!body.as_object().unwrap().contains_key("identity"));
}

/// AKS's `tags`: `{}` when absent, where the group's rule sends other collections as `null`.
static OWN_RULE: ObjectShape = ObjectShape {
    props: &[
        Prop {
            name: "labels",
            arm: &["labels"],
            shape: Shape::Map(&Shape::Value),
            payload: None,
        },
        Prop {
            name: "tags",
            arm: &["tags"],
            shape: Shape::Map(&Shape::Value),
            payload: Some(Payload::ExplicitEmptyCollections),
        },
    ],
};

#[test]
fn a_property_with_its_own_payload_rule_follows_it_and_the_others_the_kinds() {
    let collections = info_of(Payload::ExplicitCollections, &OWN_RULE);
    let body = to_arm::arm_body(collections, &json!({}), "w1", &Fixed).unwrap();
    assert_eq!(body, json!({"name": "w1", "labels": null, "tags": {}}));
    let omit = info_of(Payload::OmitEmpty, &OWN_RULE);
    let body = to_arm::arm_body(omit, &json!({"tags": {"a": "b"}}), "w1", &Fixed).unwrap();
    assert_eq!(body, json!({"name": "w1", "tags": {"a": "b"}}));
}

#[test]
fn errors_name_the_field() {
    let cases = [
        (
            json!({"subnetReference": {"armId": "/x", "name": "y"}}),
            "spec.subnetReference: set either armId or group, kind and name, not both",
        ),
        (
            json!({"subnetReference": {"name": "y"}}),
            "spec.subnetReference: a reference to a Kubernetes object needs group, kind and name",
        ),
        (
            json!({"action": {"paint": {}, "polish": {}}}),
            "spec.action: only one of paint, polish may be set, found paint and polish",
        ),
        (
            json!({"action": {}}),
            "spec.action: exactly one of paint, polish must be set",
        ),
        (
            json!({"tenantId": "t", "tenantIdFromConfig": {"name": "c", "key": "k"}}),
            "spec.tenantIdFromConfig: ARM property \"tenantId\" is set twice (a value and its FromConfig twin?)",
        ),
        (
            json!({"rules": {"not": "a list"}}),
            "spec.rules: must be an array",
        ),
        (
            json!({"identity": {"userAssignedIdentities": [{}]}}),
            "spec.identity.userAssignedIdentities[0].reference: is required",
        ),
    ];
    for (spec, message) in cases {
        let error = to_arm::arm_body(info(Payload::OmitEmpty), &spec, "w", &Fixed).unwrap_err();
        assert_eq!(error.to_string(), message);
    }
}

#[test]
fn dependencies_list_what_must_be_read_first() {
    let spec = json!({
        "password": {"name": "creds", "key": "pw"},
        "tenantIdFromConfig": {"name": "settings", "key": "tenant"},
        "subnetReference": {"group": "network.azure.com", "kind": "VirtualNetworksSubnet", "name": "sub"},
    });
    let dependencies = to_arm::dependencies(info(Payload::OmitEmpty), &spec).unwrap();
    assert_eq!(dependencies.len(), 3);
    assert!(dependencies.contains(&Dependency::Secret {
        path: "spec.password".into(),
        reference: SecretReference {
            name: "creds".into(),
            key: "pw".into()
        }
    }));
}

#[test]
fn a_secret_map_becomes_every_key_of_its_secret_and_never_comes_back() {
    let spec = json!({"protectedSettings": {"name": "settings"}});
    let info = info(Payload::OmitEmpty);
    let body = to_arm::arm_body(info, &spec, "w", &Fixed).unwrap();
    assert_eq!(
        body["properties"]["protectedSettings"],
        json!({"a": "secret settings/a", "b": "secret settings/b"})
    );
    assert_eq!(
        to_arm::dependencies(info, &spec).unwrap(),
        vec![Dependency::SecretMap {
            path: "spec.protectedSettings".into(),
            reference: SecretMapReference {
                name: "settings".into()
            }
        }]
    );
    let error = to_arm::arm_body(
        info,
        &json!({"protectedSettings": {"key": "k"}}),
        "w",
        &Fixed,
    )
    .unwrap_err();
    assert_eq!(error.path, "spec.protectedSettings");
    // Even if ARM answered the values, neither spec nor status shows them.
    let arm = json!({"properties": {"protectedSettings": {"a": "s3cr3t"}}});
    assert!(!spec_from_arm(info, &arm).to_string().contains("s3cr3t"));
    assert!(!status_from_arm(info, &arm).to_string().contains("s3cr3t"));
}

#[test]
fn status_and_spec_come_back_from_arm() {
    let arm = json!({
        "id": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Test/widgets/w1",
        "location": "westus",
        "unknown": 1,
        "identity": {"type": "UserAssigned", "userAssignedIdentities": {"/id/1": {"principalId": "p"}}},
        "properties": {"provisioningState": "Succeeded", "subnetId": "/sub/1", "tenantId": "t", "action": {"kind": "Polish"}},
    });
    let info = info(Payload::OmitEmpty);
    assert_eq!(
        status_from_arm(info, &arm),
        json!({"id": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Test/widgets/w1", "provisioningState": "Succeeded", "subnetId": "/sub/1"})
    );
    assert_eq!(
        spec_from_arm(info, &arm),
        json!({
            "location": "westus",
            "subnetReference": {"armId": "/sub/1"},
            "tenantId": "t",
            "action": {"polish": {"kind": "Polish"}},
            "identity": {"type": "UserAssigned", "userAssignedIdentities": [{"reference": {"armId": "/id/1"}}]},
        })
    );
}

fn arbitrary_spec() -> impl Strategy<Value = Value> {
    let name = "[a-z]{1,8}";
    (
        proptest::option::of(name),
        proptest::option::of(proptest::collection::btree_map(name, name, 0..3)),
        proptest::option::of("/subscriptions/[a-z0-9]{1,6}/resourceGroups/[a-z]{1,6}"),
        proptest::option::of(proptest::collection::vec(
            (any::<bool>(), proptest::collection::vec(name, 0..3)),
            0..3,
        )),
        proptest::option::of(prop_oneof![
            name.prop_map(|c| json!({"paint": {"color": c, "kind": "Paint"}})),
            Just(json!({"polish": {"kind": "Polish"}}))
        ]),
    )
        .prop_map(|(location, tags, subnet, rules, action)| {
            let mut spec = serde_json::Map::new();
            if let Some(l) = location {
                spec.insert("location".into(), json!(l));
            }
            if let Some(t) = tags {
                spec.insert("tags".into(), json!(t));
            }
            if let Some(s) = subnet {
                spec.insert("subnetReference".into(), json!({"armId": s}));
            }
            if let Some(r) = rules {
                let rules: Vec<Value> = r
                    .into_iter()
                    .map(|(e, p)| json!({"enabled": e, "prefixes": p}))
                    .collect();
                spec.insert("rules".into(), json!(rules));
            }
            if let Some(a) = action {
                spec.insert("action".into(), a);
            }
            Value::Object(spec)
        })
}

proptest! {
    /// What a spec sends to ARM, read back from ARM, is the same spec.
    #[test]
    fn spec_round_trips_through_arm(spec in arbitrary_spec()) {
        let info = info(Payload::OmitEmpty);
        let body = to_arm::arm_body(info, &spec, "w", &Fixed).unwrap();
        prop_assert_eq!(spec_from_arm(info, &body), spec);
    }
}
