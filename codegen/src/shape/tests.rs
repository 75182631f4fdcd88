//! Each shaping pass on small hand-written trees, and the order `spec` and `status` run them in.
//! (`codegen/tests/shaping.rs` covers the same rules end to end, from swagger to CRD and shape
//! table; these pin each pass alone, including the cases the specs rarely show.)

use crate::config::ConfigMapMode;
use crate::model::test_builders::{object, prop, string};
use crate::model::{ArrayRules, NumberType, Object, Property, Type};

use super::{config_maps, empty, flatten, identities, numbers, references, secrets};

fn obj(name: &str, props: Vec<Property>) -> Type {
    Type::Object(Box::new(object(name, props)))
}

fn array(item: Type) -> Type {
    Type::Array(Box::new(item), ArrayRules::default())
}

fn flattened(name: &str, props: Vec<Property>) -> Property {
    Property {
        flatten: true,
        ..prop(name, obj(name, props))
    }
}

/// A tree as lines: `name: type` with the ARM path when it differs from the name, `*` for
/// required, children indented.
fn show(object: &Object) -> String {
    let mut out = String::new();
    write_object(object, 0, &mut out);
    out
}

fn write_object(object: &Object, depth: usize, out: &mut String) {
    for p in &object.props {
        let arm = p.arm.join(".");
        let arm = if arm == p.name {
            String::new()
        } else {
            format!(" <- {arm}")
        };
        let required = if p.required { "*" } else { "" };
        out.push_str(&format!(
            "{}{}{required}: {}{arm}\n",
            "  ".repeat(depth),
            p.name,
            type_name(&p.ty)
        ));
        write_children(&p.ty, depth + 1, out);
    }
}

fn write_children(ty: &Type, depth: usize, out: &mut String) {
    match ty {
        Type::Object(o) | Type::ReferenceKeyedMap(o) => write_object(o, depth, out),
        Type::Array(item, _) | Type::Map(item) => write_children(item, depth, out),
        _ => {}
    }
}

fn type_name(ty: &Type) -> String {
    match ty {
        Type::String(_) => "string".into(),
        Type::Integer(_) => "integer".into(),
        Type::Number(_) => "number".into(),
        Type::Boolean => "boolean".into(),
        Type::Any => "any".into(),
        Type::Object(o) => format!("object {}", o.name_hint),
        Type::Array(item, _) => format!("[{}]", type_name(item)),
        Type::Map(item) => format!("map<{}>", type_name(item)),
        Type::OneOf(u) => format!("oneOf {}", u.name_hint),
        Type::ResourceReference => "resource reference".into(),
        Type::SecretReference => "secret reference".into(),
        Type::SecretMapReference => "secret map reference".into(),
        Type::ConfigMapReference => "config map reference".into(),
        Type::ReferenceKeyedMap(o) => format!("reference-keyed {}", o.name_hint),
    }
}

#[test]
fn flattening_lifts_at_every_depth_keeping_arm_paths() {
    let mut root = object(
        "Widget",
        vec![
            prop("location", string()),
            flattened(
                "properties",
                vec![
                    prop("colour", string()),
                    flattened("network", vec![prop("subnet", string())]),
                ],
            ),
        ],
    );
    flatten::apply(&mut root);
    assert_eq!(
        show(&root),
        "colour: string <- properties.colour\n\
         location: string\n\
         subnet: string <- properties.network.subnet\n"
    );
}

#[test]
fn flattening_renames_the_lifted_side_of_a_collision() {
    let mut root = object(
        "Widget",
        vec![
            prop("name", string()),
            flattened("Properties", vec![prop("name", string())]),
        ],
    );
    flatten::apply(&mut root);
    assert_eq!(
        show(&root),
        "name: string\n\
         properties_name: string <- Properties.name\n"
    );
}

#[test]
fn flattening_leaves_what_is_not_an_object() {
    let mut root = object(
        "Widget",
        vec![Property {
            flatten: true,
            ..prop("tags", Type::Map(Box::new(string())))
        }],
    );
    flatten::apply(&mut root);
    assert_eq!(show(&root), "tags: map<string>\n");
}

#[test]
fn emptied_objects_vanish_up_the_tree_with_their_properties() {
    let mut root = object(
        "Widget",
        vec![
            prop("location", string()),
            // outer holds only inner, which holds nothing: both go.
            prop(
                "outer",
                obj("Outer", vec![prop("inner", obj("Inner", vec![]))]),
            ),
            prop("list", array(obj("Item", vec![]))),
            prop("byName", Type::Map(Box::new(obj("Value", vec![])))),
            prop("kept", obj("Kept", vec![prop("size", Type::Boolean)])),
        ],
    );
    empty::remove(&mut root);
    assert_eq!(
        show(&root),
        "location: string\n\
         kept: object Kept\n  size: boolean\n"
    );
}

#[test]
fn only_validated_floats_become_integers() {
    let number = |minimum: Option<f64>, multiple_of: Option<f64>| {
        Type::Number(NumberType {
            minimum,
            multiple_of,
            ..NumberType::default()
        })
    };
    let mut root = object(
        "Widget",
        vec![
            prop("free", number(None, None)),
            prop("bounded", number(Some(0.0), None)),
            prop("stepped", number(None, Some(0.5))),
            prop("sizes", array(number(Some(1.0), None))),
            prop(
                "nested",
                obj("Nested", vec![prop("ratio", number(Some(0.0), None))]),
            ),
        ],
    );
    numbers::validated_floats_to_integers(&mut root);
    assert_eq!(
        show(&root),
        "free: number\n\
         bounded: integer\n\
         stepped: integer\n\
         sizes: [integer]\n\
         nested: object Nested\n  ratio: integer\n"
    );
}

#[test]
fn reference_names_follow_aso() {
    for (name, plural, expected) in [
        ("id", false, "reference"),
        ("ids", true, "references"),
        ("subnetId", false, "subnetReference"),
        ("keyVaultID", false, "keyVaultReference"),
        (
            "privateLinkResourceIds",
            true,
            "privateLinkResourceReferences",
        ),
        ("scopes", true, "scopesReferences"),
        ("target", false, "targetReference"),
        // A name that is only a suffix keeps it, as ASO does.
        ("Id", false, "reference"),
    ] {
        assert_eq!(references::reference_name(name, plural), expected, "{name}");
    }
}

#[test]
fn strings_holding_arm_ids_become_references() {
    let mut resource = object("Subnet", vec![prop("id", string()), prop("name", string())]);
    resource.is_resource = true;
    let mut root = object(
        "Widget",
        vec![
            prop("embedded", Type::Object(Box::new(resource))),
            Property {
                format_arm_id: true,
                payload: None,
                ..prop("vaultId", string())
            },
            Property {
                reference: Some(true),
                ..prop("scopes", array(string()))
            },
            Property {
                // Configuration can say no to what the specs say.
                reference: Some(false),
                format_arm_id: true,
                payload: None,
                ..prop("sourceId", string())
            },
            Property {
                // Only strings hold IDs.
                reference: Some(true),
                ..prop("settingsId", obj("Settings", vec![]))
            },
            // `id` of an object that is not a resource is just an identifier.
            prop("details", obj("Details", vec![prop("id", string())])),
        ],
    );
    references::apply(&mut root);
    assert_eq!(
        show(&root),
        "details: object Details\n  id: string\n\
         embedded: object Subnet\n  name: string\n  reference: resource reference <- id\n\
         scopesReferences: [resource reference] <- scopes\n\
         settingsId: object Settings\n\
         sourceId: string\n\
         vaultReference: resource reference <- vaultId\n"
    );
}

#[test]
fn secrets_become_secret_references_and_other_types_are_refused() {
    let secret = |name: &str, ty: Type| Property {
        secret: true,
        ..prop(name, ty)
    };
    let mut root = object(
        "Widget",
        vec![
            secret("password", string()),
            secret("keys", array(string())),
            secret("protectedSettings", Type::Map(Box::new(string()))),
            prop("user", string()),
        ],
    );
    secrets::apply(&mut root, "Widget").unwrap();
    assert_eq!(
        show(&root),
        "password: secret reference\n\
         keys: [secret reference]\n\
         protectedSettings: secret map reference\n\
         user: string\n"
    );

    let mut bad = object(
        "Widget",
        vec![
            secret("credentials", obj("Credentials", vec![])),
            secret("settings", Type::Map(Box::new(Type::Any))),
        ],
    );
    let error = secrets::apply(&mut bad, "Widget").unwrap_err();
    assert_eq!(error.location, "Widget");
    for field in ["Widget.credentials", "Widget.settings"] {
        assert!(error.message.contains(field), "{}", error.message);
    }
}

#[test]
fn config_map_values_get_a_twin_or_become_the_reference() {
    let from = |name: &str, mode: ConfigMapMode| Property {
        config_map: Some(mode),
        required: true,
        ..prop(name, string())
    };
    let mut root = object(
        "Widget",
        vec![
            from("principalId", ConfigMapMode::Optional),
            from("tenantId", ConfigMapMode::Required),
        ],
    );
    config_maps::apply(&mut root);
    // The value and its twin are each optional (a CEL rule asks for one of the two), and the
    // twin's value goes where the value would in ARM.
    assert_eq!(
        show(&root),
        "principalId: string\n\
         principalIdFromConfig: config map reference <- principalId\n\
         tenantId*: config map reference\n"
    );
}

#[test]
fn user_assigned_identities_become_a_reference_keyed_list() {
    let details = obj(
        "UserAssignedIdentity",
        vec![prop("principalId", string()), prop("clientId", string())],
    );
    let mut root = object(
        "Identity",
        vec![
            prop("type", string()),
            prop("userAssignedIdentities", Type::Map(Box::new(details))),
        ],
    );
    identities::to_reference_lists(&mut root);
    assert_eq!(
        show(&root),
        "type: string\n\
         userAssignedIdentities: reference-keyed UserAssignedIdentityDetails\n"
    );
    // A map of anything else gets the same empty details.
    let mut bare = object(
        "Identity",
        vec![prop(
            "userAssignedIdentities",
            Type::Map(Box::new(Type::Any)),
        )],
    );
    identities::to_reference_lists(&mut bare);
    assert_eq!(
        show(&bare),
        "userAssignedIdentities: reference-keyed UserAssignedIdentityDetails\n"
    );
}

/// A resource as `build` leaves it: a flattened `properties` holding an ARM ID, a secret and a
/// user-assigned identity map whose values are read-only (already gone from spec).
fn widget() -> Object {
    let mut root = object(
        "Widget",
        vec![
            prop("id", string()),
            prop("name", string()),
            prop("location", string()),
            prop(
                "identity",
                obj(
                    "Identity",
                    vec![prop(
                        "userAssignedIdentities",
                        Type::Map(Box::new(obj("UserAssignedIdentity", vec![]))),
                    )],
                ),
            ),
            flattened(
                "properties",
                vec![
                    Property {
                        format_arm_id: true,
                        payload: None,
                        ..prop("subnetId", string())
                    },
                    Property {
                        secret: true,
                        ..prop("adminPassword", string())
                    },
                    prop("unused", obj("Unused", vec![])),
                ],
            ),
        ],
    );
    root.is_resource = true;
    root
}

#[test]
fn spec_runs_the_passes_in_asos_order() {
    let mut root = widget();
    super::spec(&mut root, "Widget").unwrap();
    // id and name leave (azureName and owner replace them); the identity map survives although
    // its values are empty, because identities are rewritten before empty objects go; the
    // reference is named before flattening, so the lifted property has its final name.
    assert_eq!(
        show(&root),
        "adminPassword: secret reference <- properties.adminPassword\n\
         identity: object Identity\n  userAssignedIdentities: reference-keyed UserAssignedIdentityDetails\n\
         location: string\n\
         subnetReference: resource reference <- properties.subnetId\n"
    );
}

#[test]
fn status_keeps_what_azure_returns() {
    let mut root = widget();
    super::status(&mut root);
    // No references, secrets or identity lists in status: values as Azure returns them; empty
    // objects still go (the identity map with them), flattening still applies.
    assert_eq!(
        show(&root),
        "adminPassword: string <- properties.adminPassword\n\
         id: string\n\
         location: string\n\
         name: string\n\
         subnetId: string <- properties.subnetId\n"
    );
}
