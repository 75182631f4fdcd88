//! One snapshot per shaping rule, each on a small spec of our own: the CRD schema of spec and
//! status, and the shape table that maps them to ARM.

use aso_codegen::config;
use aso_codegen::emit;
use aso_codegen::kinds;
use aso_codegen::model::Kind;
use serde_json::{Value, json};

const SPEC_FILE: &str = "test/resource-manager/Microsoft.Test/stable/2024-01-01/test.json";

/// Writes `swagger` as the spec file and `config` (YAML, without the group and version lines) as
/// the `test` group's configuration, and builds the model.
fn model(swagger: Value, kinds_and_facts: &str) -> Result<Vec<Kind>, Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let spec_path = dir.path().join("specs/specification").join(SPEC_FILE);
    std::fs::create_dir_all(spec_path.parent().unwrap()).unwrap();
    std::fs::write(&spec_path, serde_json::to_string_pretty(&swagger).unwrap()).unwrap();
    let config_dir = dir.path().join("config");
    std::fs::create_dir_all(&config_dir).unwrap();
    let indented: String = kinds_and_facts
        .lines()
        .map(|l| format!("    {l}\n"))
        .collect();
    std::fs::write(
        config_dir.join("test.yaml"),
        format!("group: test\nversions:\n  \"2024-01-01\":\n{indented}"),
    )
    .unwrap();
    let groups = config::load_dir(&config_dir).map_err(|e| vec![e])?;
    kinds::model(&dir.path().join("specs"), &groups)
}

fn generate(swagger: Value, kinds_and_facts: &str) -> Vec<Kind> {
    model(swagger, kinds_and_facts)
        .unwrap_or_else(|errors| panic!("generation failed:\n{}", errors.join("\n")))
}

/// What a snapshot shows of a kind: spec and status schemas, and its shape table.
fn snapshot(kinds: &[Kind]) -> String {
    let mut out = String::new();
    for kind in kinds {
        let schema = &emit::crd::version_schema(kind)["properties"];
        let mut spec = schema["spec"].clone();
        let mut status = schema["status"].clone();
        strip_descriptions(&mut spec);
        strip_descriptions(&mut status);
        if let Some(props) = status["properties"].as_object_mut() {
            props.remove("conditions");
        }
        out.push_str(&format!(
            "# {} ({:?}, {:?}, {:?})\n## spec\n{}## status\n{}",
            kind.kind,
            kind.scope,
            kind.owner,
            kind.azure_name,
            serde_saphyr::to_string(&spec).unwrap(),
            serde_saphyr::to_string(&status).unwrap(),
        ));
    }
    let crates = emit::rust::generated_crates(kinds).unwrap();
    let shapes = crates
        .iter()
        .flat_map(|c| &c.files)
        .find(|(path, _)| path.ends_with("shapes.rs"))
        .map(|(_, text)| text.clone())
        .unwrap();
    out.push_str("## shapes\n");
    out.push_str(&shapes);
    out
}

/// Descriptions are the specs' prose; snapshots are about structure.
fn strip_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("description");
            map.values_mut().for_each(strip_descriptions);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_descriptions),
        _ => {}
    }
}

/// A swagger document with one resource `widgets/{widgetName}` under a resource group.
fn swagger(definitions: Value) -> Value {
    swagger_with_paths(
        json!({
            "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}": {
                "put": {
                    "parameters": [
                        {"name": "widgetName", "in": "path", "required": true, "type": "string", "pattern": "^[a-z]+$", "maxLength": 10},
                        {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Widget"}}
                    ],
                    "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}
                },
                "get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}}
            }
        }),
        definitions,
    )
}

fn swagger_with_paths(paths: Value, definitions: Value) -> Value {
    json!({"swagger": "2.0", "info": {"title": "test", "version": "2024-01-01"}, "paths": paths, "definitions": definitions})
}

const WIDGET: &str = "kinds:\n  Widget:\n    armType: Microsoft.Test/widgets\n    specFile: test/resource-manager/Microsoft.Test/stable/2024-01-01/test.json";

fn tracked() -> Value {
    json!({
        "x-ms-azure-resource": true,
        "properties": {
            "id": {"type": "string", "readOnly": true},
            "name": {"type": "string", "readOnly": true},
            "type": {"type": "string", "readOnly": true},
            "location": {"type": "string"},
            "tags": {"type": "object", "additionalProperties": {"type": "string"}},
            "properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/WidgetProperties"}
        },
        "required": ["location"],
        "description": "A widget."
    })
}

/// What is lifted from an optional object is optional (`size` stays required, `color` does not).
#[test]
fn flattening_lifts_properties_and_renames_collisions() {
    let mut widget = tracked();
    widget["required"] = json!(["location", "properties"]);
    let kinds = generate(
        swagger(json!({
            "Widget": widget,
            "WidgetProperties": {
                "properties": {
                    "size": {"type": "integer"},
                    "type": {"type": "string"},
                    "settings": {"x-ms-client-flatten": true, "$ref": "#/definitions/Settings"}
                },
                "required": ["size"]
            },
            "Settings": {"properties": {"color": {"type": "string"}}, "required": ["color"]}
        })),
        WIDGET,
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn read_only_properties_leave_spec_and_empty_objects_vanish() {
    let kinds = generate(
        swagger(json!({
            "Widget": tracked(),
            "WidgetProperties": {
                "properties": {
                    "provisioningState": {"type": "string", "readOnly": true},
                    "counters": {"$ref": "#/definitions/Counters"},
                    "label": {"type": "string"}
                }
            },
            "Counters": {"properties": {"hits": {"type": "integer", "readOnly": true}}}
        })),
        WIDGET,
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn arm_ids_become_references() {
    let kinds = generate(
        swagger(json!({
            "Widget": tracked(),
            "WidgetProperties": {
                "properties": {
                    "subnet": {"$ref": "#/definitions/SubResource"},
                    "vaultId": {"type": "string", "format": "arm-id"},
                    "storageAccountId": {"type": "string"},
                    "notAnId": {"type": "string", "format": "arm-id"},
                    "scopes": {"type": "array", "items": {"type": "string"}},
                    "backendIds": {"type": "array", "items": {"type": "string", "format": "arm-id"}}
                }
            },
            "SubResource": {"x-ms-azure-resource": true, "properties": {"id": {"type": "string"}}, "required": ["id"]}
        })),
        &format!(
            "{WIDGET}\ndefinitions:\n  WidgetProperties:\n    storageAccountId:\n      reference: true\n    notAnId:\n      reference: false\n    scopes:\n      reference: true"
        ),
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn user_assigned_identities_become_a_list_of_references() {
    let kinds = generate(
        swagger(json!({
            "Widget": {
                "x-ms-azure-resource": true,
                "properties": {
                    "location": {"type": "string"},
                    "identity": {"$ref": "#/definitions/Identity"},
                    "properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/WidgetProperties"}
                }
            },
            "WidgetProperties": {"properties": {"label": {"type": "string"}}},
            "Identity": {
                "properties": {
                    "type": {"type": "string", "enum": ["None", "UserAssigned"]},
                    "principalId": {"type": "string", "readOnly": true},
                    "userAssignedIdentities": {"type": "object", "additionalProperties": {"$ref": "#/definitions/UserIdentity"}}
                }
            },
            "UserIdentity": {"properties": {"clientId": {"type": "string", "readOnly": true}}}
        })),
        WIDGET,
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn secrets_and_config_map_values() {
    let kinds = generate(
        swagger(json!({
            "Widget": tracked(),
            "WidgetProperties": {
                "properties": {
                    "password": {"type": "string", "x-ms-secret": true},
                    "pin": {"type": "string", "format": "password"},
                    "keys": {"type": "array", "items": {"type": "string"}},
                    "protectedSettings": {"type": "object", "x-ms-secret": true, "additionalProperties": {"type": "string"}},
                    "tenantId": {"type": "string", "format": "uuid"}
                },
                "required": ["tenantId"]
            }
        })),
        &format!(
            "{WIDGET}\ndefinitions:\n  WidgetProperties:\n    keys:\n      secret: true\n    tenantId:\n      configMap: optional"
        ),
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn embedded_resources_shrink_to_references_or_vanish() {
    let paths = json!({
        "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}": {
            "put": {
                "parameters": [
                    {"name": "widgetName", "in": "path", "required": true, "type": "string"},
                    {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Widget"}}
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}
            },
            "get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}}
        },
        "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}/parts/{partName}": {
            "put": {
                "parameters": [
                    {"name": "widgetName", "in": "path", "required": true, "type": "string"},
                    {"name": "partName", "in": "path", "required": true, "type": "string"},
                    {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Part"}}
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Part"}}}
            },
            "get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Part"}}}}
        }
    });
    let kinds = generate(
        swagger_with_paths(
            paths,
            json!({
                "Widget": tracked(),
                "WidgetProperties": {
                    "properties": {
                        "parts": {"type": "array", "items": {"$ref": "#/definitions/Part"}},
                        "peer": {"$ref": "#/definitions/Gadget"},
                        "slots": {"type": "array", "items": {"$ref": "#/definitions/Slot"}}
                    }
                },
                "Part": {"x-ms-azure-resource": true, "properties": {"id": {"type": "string", "readOnly": true}, "name": {"type": "string"}, "weight": {"type": "integer"}}},
                "Gadget": {"x-ms-azure-resource": true, "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "volume": {"type": "integer"}}},
                "Slot": {"x-ms-azure-resource": true, "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "gadget": {"$ref": "#/definitions/Gadget"}}}
            }),
        ),
        &format!(
            "{WIDGET}\n  WidgetsPart:\n    armType: Microsoft.Test/widgets/parts\n    specFile: {SPEC_FILE}\ntypes:\n  Slot:\n    embeddedInParent: Widget"
        ),
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn discriminated_unions_become_one_property_per_option() {
    let kinds = generate(
        swagger(json!({
            "Widget": tracked(),
            "WidgetProperties": {"properties": {"actions": {"type": "array", "items": {"$ref": "#/definitions/Action"}}}},
            "Action": {"discriminator": "kind", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["Paint", "Polish"]}}},
            "PaintAction": {"x-ms-discriminator-value": "Paint", "allOf": [{"$ref": "#/definitions/Action"}], "properties": {"color": {"type": "string"}}},
            "PolishAction": {"x-ms-discriminator-value": "Polish", "allOf": [{"$ref": "#/definitions/Action"}], "properties": {"shine": {"type": "integer"}}}
        })),
        WIDGET,
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn recursive_types_terminate() {
    let kinds = generate(
        swagger(json!({
            "Widget": tracked(),
            "WidgetProperties": {"properties": {"error": {"$ref": "#/definitions/ErrorDetail"}, "tree": {"$ref": "#/definitions/Node"}}},
            "ErrorDetail": {"properties": {"code": {"type": "string"}, "details": {"type": "array", "items": {"$ref": "#/definitions/ErrorDetail"}}}},
            "Node": {"properties": {"label": {"type": "string"}, "leaf": {"$ref": "#/definitions/Leaf"}}},
            "Leaf": {"properties": {"parent": {"$ref": "#/definitions/Node"}}}
        })),
        WIDGET,
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn validations_and_enums_in_spec_only() {
    let kinds = generate(
        swagger(json!({
            "Widget": tracked(),
            "WidgetProperties": {
                "properties": {
                    "tier": {"type": "string", "enum": ["Standard", "Basic", "Premium"], "x-ms-enum": {"name": "Tier", "modelAsString": true}},
                    "code": {"type": "string", "pattern": "^[a-z]+$", "minLength": 2, "maxLength": 8},
                    "lookahead": {"type": "string", "pattern": "^(?!-)[a-z-]+$"},
                    "ratio": {"type": "number", "minimum": 0, "maximum": 100, "multipleOf": 1},
                    "weight": {"type": "number"},
                    "count": {"type": "integer", "format": "int64", "minimum": 0, "maximum": 4294967295i64},
                    "limit": {"type": "integer", "minimum": 1, "maximum": 10, "exclusiveMaximum": true},
                    "items": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 3}
                },
                "required": ["tier"]
            }
        })),
        WIDGET,
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn free_form_values_preserve_unknown_fields() {
    let kinds = generate(
        swagger(json!({
            "Widget": {
                "x-ms-azure-resource": true,
                "properties": {
                    "location": {"type": "string"},
                    "tags": {"type": "object", "additionalProperties": {}},
                    "properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/WidgetProperties"}
                }
            },
            "WidgetProperties": {
                "properties": {
                    "anything": {},
                    "settings": {"type": "object"},
                    "labels": {"type": "object", "additionalProperties": true},
                    "counts": {"type": "object", "additionalProperties": {"type": "integer"}}
                }
            }
        })),
        WIDGET,
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn singletons_extensions_and_uuid_names() {
    let paths = json!({
        "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}": {
            "put": {
                "parameters": [
                    {"name": "widgetName", "in": "path", "required": true, "type": "string"},
                    {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Widget"}}
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}
            },
            "get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}}
        },
        "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}/settings/{settingsName}": {
            "put": {
                "parameters": [
                    {"name": "widgetName", "in": "path", "required": true, "type": "string"},
                    {"name": "settingsName", "in": "path", "required": true, "type": "string", "enum": ["default"]},
                    {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Widget"}}
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}
            },
            "get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}}
        },
        "/{scope}/providers/Microsoft.Test/locks/{lockName}": {
            "put": {
                "parameters": [
                    {"name": "scope", "in": "path", "required": true, "type": "string", "x-ms-skip-url-encoding": true},
                    {"name": "lockName", "in": "path", "required": true, "type": "string"},
                    {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Widget"}}
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}
            },
            "get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}}
        }
    });
    let kinds = generate(
        swagger_with_paths(
            paths,
            json!({
                "Widget": {"properties": {"properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/WidgetProperties"}}},
                "WidgetProperties": {"properties": {"label": {"type": "string"}}}
            }),
        ),
        &format!(
            "{WIDGET}\n  WidgetsSetting:\n    armType: Microsoft.Test/widgets/settings\n    specFile: {SPEC_FILE}\n  Lock:\n    armType: Microsoft.Test/locks\n    specFile: {SPEC_FILE}\n    azureName: uuid"
        ),
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

#[test]
fn explicit_collections_payload_marks_collections() {
    let dir_kinds = model(
        swagger(json!({
            "Widget": tracked(),
            "WidgetProperties": {"properties": {"filters": {"$ref": "#/definitions/Filters"}}},
            "Filters": {"properties": {"prefixes": {"type": "array", "items": {"type": "string"}}, "enabled": {"type": "boolean"}}}
        })),
        WIDGET,
    )
    .unwrap();
    let mut kinds = dir_kinds;
    kinds[0].payload = aso_runtime::Payload::ExplicitCollections;
    insta::assert_snapshot!(snapshot(&kinds));
}

/// Our deviations must match something; imported facts are checked against the specs by the
/// import instead (they may concern parts of a schema no kind reaches).
/// The errors generation reports for `kinds_and_facts` on a widget with one `label`, without the
/// scratch folder's path.
fn errors(kinds_and_facts: &str) -> String {
    let errors = model(
        swagger(json!({"Widget": tracked(), "WidgetProperties": {"properties": {"label": {"type": "string"}}}})),
        kinds_and_facts,
    )
    .unwrap_err();
    let scratch = regex::Regex::new(r"\S*/config/").unwrap();
    scratch
        .replace_all(&errors.join("\n"), "config/")
        .to_string()
}

#[test]
fn deviations_that_match_nothing_are_errors() {
    insta::assert_snapshot!(errors(&format!(
        "{WIDGET}\nours:\n  definitions:\n    WidgetProperties:\n      labell:\n        reference: true\n        because: a typo\n    Gone:\n      id:\n        secret: true\n        because: gone\n  types:\n    Missing:\n      isResource: false\n      because: missing\n  kinds:\n    Widget:\n      properties:\n        properties.nope:\n          readOnly: true\n          because: nope"
    )));
}

#[test]
fn spec_errors_name_file_and_pointer() {
    let errors = model(
        swagger(json!({"Widget": {"properties": {"properties": {"$ref": "#/definitions/Nope"}}}})),
        WIDGET,
    )
    .unwrap_err();
    let text = errors.join("\n");
    assert!(
        text.contains("test.json#/definitions/Widget/properties/properties: $ref \"#/definitions/Nope\": nothing at"),
        "{text}"
    );
    let errors = model(swagger(json!({})), "kinds:\n  Widget:\n    armType: Microsoft.Test/gizmos\n    specFile: test/resource-manager/Microsoft.Test/stable/2024-01-01/test.json").unwrap_err();
    assert!(errors[0].contains("no PUT operation for ARM type Microsoft.Test/gizmos; PUT types in this file: Microsoft.Test/widgets"), "{errors:?}");
}

#[test]
fn deviations_need_a_reason_and_reasons_mark_deviations() {
    insta::assert_snapshot!(errors(&format!(
        "{WIDGET}\ndefinitions:\n  WidgetProperties:\n    label:\n      reference: true\n      because: not ours\nours:\n  definitions:\n    WidgetProperties:\n      label:\n        reference: false\n  kinds:\n    Widget:\n      omit: true\n    Gizmo:\n      omit: true\n      because: no such kind"
    )));
}

/// Facts about a kind's own properties are named by ARM path; `rename`, `type` and `enumValues`
/// hold for one side in a `spec:` or `status:` block; `type` replaces what the specs say.
#[test]
fn kind_properties_sides_and_type_overrides() {
    let kinds = generate(
        swagger(json!({
            "Widget": {
                "x-ms-azure-resource": true,
                "properties": {
                    "location": {"type": "string"},
                    "etag": {"type": "string"},
                    "properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/WidgetProperties"}
                }
            },
            "WidgetProperties": {
                "properties": {
                    "conditions": {"type": "array", "items": {"type": "string"}},
                    "size": {"type": "string", "enum": ["Small", "Large"]},
                    "settings": {"type": "object"},
                    "mode": {"type": "string"},
                    "status": {"type": "string"}
                }
            }
        })),
        "kinds:\n  Widget:\n    armType: Microsoft.Test/widgets\n    specFile: test/resource-manager/Microsoft.Test/stable/2024-01-01/test.json\n    properties:\n      etag:\n        readOnly: true\n      properties.conditions:\n        rename: widgetconditions\n      properties.status:\n        status:\n          rename: widgetstatus\ndefinitions:\n  WidgetProperties:\n    size:\n      type: string\n    settings:\n      type: stringMap\n    mode:\n      spec:\n        enumValues: [Fast, Slow]",
    );
    insta::assert_snapshot!(snapshot(&kinds));
}

/// An entry of `ours` overrides the imported facts field by field, on the sides it names.
#[test]
fn our_deviations_override_imported_facts() {
    let kinds = generate(
        swagger(json!({
            "Widget": tracked(),
            "WidgetProperties": {
                "properties": {
                    "vaultId": {"type": "string"},
                    "tenantId": {"type": "string"},
                    "child": {"$ref": "#/definitions/Child"}
                }
            },
            "Child": {"x-ms-azure-resource": true, "properties": {"id": {"type": "string"}, "size": {"type": "integer"}}}
        })),
        &format!(
            "{WIDGET}\ndefinitions:\n  WidgetProperties:\n    vaultId:\n      reference: true\n    tenantId:\n      configMap: optional\n      reference: false\ntypes:\n  Child:\n    spec:\n      embeddedInParent: Widget\nours:\n  definitions:\n    WidgetProperties:\n      tenantId:\n        configMap: required\n        because: tenants come from the cluster's settings here\n  types:\n    Child:\n      status:\n        embeddedInParent: Widget\n      because: the parent's status keeps its children whole"
        ),
    );
    insta::assert_snapshot!(snapshot(&kinds));
}
