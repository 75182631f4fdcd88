//! The versions of a kind: two api-versions of one kind become one CRD serving both, stored at
//! the hub, listing ASO's storage variants; versions that disagree, and ASO version lists that
//! leave out a generated version, fail with the conflict named.

use aso_codegen::emit::crd::{self, Conversion};
use aso_codegen::model::Kind;
use aso_codegen::{config, kinds, versions};
use serde_json::{Value, json};

/// Writes a `Microsoft.Test/widgets` spec per api-version (each version's `Widget` has the
/// given properties) and the `test` group's configuration with `aso_versions` (YAML lines),
/// and builds the model.
fn model(versions: &[(&str, Value)], aso_versions: &str) -> Result<Vec<Kind>, Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let mut config = format!("group: test\n{aso_versions}\nversions:\n");
    for (api_version, properties) in versions {
        let file = format!("test/resource-manager/Microsoft.Test/stable/{api_version}/test.json");
        let path = dir.path().join("specs/specification").join(&file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, swagger(api_version, properties).to_string()).unwrap();
        config.push_str(&format!(
            "  '{api_version}':\n    kinds:\n      Widget:\n        armType: Microsoft.Test/widgets\n        specFile: {file}\n"
        ));
    }
    let config_dir = dir.path().join("config");
    std::fs::create_dir_all(&config_dir).unwrap();
    std::fs::write(config_dir.join("test.yaml"), config).unwrap();
    let groups = config::load_dir(&config_dir).map_err(|e| vec![e])?;
    kinds::model(&dir.path().join("specs"), &groups)
}

fn swagger(api_version: &str, properties: &Value) -> Value {
    let widget = json!({
        "x-ms-azure-resource": true,
        "properties": {
            "id": {"type": "string", "readOnly": true},
            "location": {"type": "string"},
            "properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/WidgetProperties"}
        },
        "description": "A widget."
    });
    json!({
        "swagger": "2.0",
        "info": {"title": "test", "version": api_version},
        "paths": {
            "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}": {
                "put": {
                    "parameters": [
                        {"name": "widgetName", "in": "path", "required": true, "type": "string"},
                        {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Widget"}}
                    ],
                    "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}
                },
                "get": {"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Widget"}}}}
            }
        },
        "definitions": {
            "Widget": widget,
            "WidgetProperties": {"properties": properties}
        }
    })
}

/// Two versions: 2024-01-01 adds `color`. ASO also has a 2022 version we do not generate.
fn two_versions() -> Vec<Kind> {
    model(
        &[
            ("2023-01-01", json!({"size": {"type": "integer"}})),
            (
                "2024-01-01-preview",
                json!({"size": {"type": "integer"}, "color": {"type": "string"}}),
            ),
        ],
        "asoVersions:\n  Widget: [v1api20240101preview, v1api20220101, v1api20230101]",
    )
    .unwrap_or_else(|e| panic!("{}", e.join("\n")))
}

/// Descriptions are prose; the snapshot is about structure.
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

fn the_crd(kinds: &[Kind], conversion: Conversion) -> Value {
    let crds = versions::crds(kinds).unwrap();
    assert_eq!(crds.len(), 1, "one CRD for both versions");
    crd::crd(&crds[0], conversion).unwrap()
}

#[test]
fn versions_of_a_kind_become_one_crd_with_the_hub_and_asos_storage_variants() {
    let mut crd = the_crd(&two_versions(), Conversion::None);
    strip_descriptions(&mut crd);
    insta::assert_snapshot!(serde_saphyr::to_string(&crd).unwrap());
}

#[test]
fn webhook_conversion_names_the_webhook_service() {
    let kinds = two_versions();
    let none = the_crd(&kinds, Conversion::None);
    let mut webhook = the_crd(&kinds, Conversion::Webhook);
    insta::assert_snapshot!(serde_saphyr::to_string(&webhook["spec"]["conversion"]).unwrap());
    // Nothing else changes.
    webhook["spec"]["conversion"] = none["spec"]["conversion"].clone();
    assert_eq!(webhook, none);
}

#[test]
fn versions_that_disagree_fail_naming_the_conflict() {
    let mut kinds = two_versions();
    kinds[1].plural = "widgetz".into();
    let crds = versions::crds(&kinds).unwrap();
    let error = crd::crd(&crds[0], Conversion::None).unwrap_err();
    assert_eq!(
        error,
        r#"CRD widgets.test.azure.com: versions v1api20230101 and v1api20240101preview disagree on names.plural: "widgets" vs "widgetz""#
    );
}

#[test]
fn aso_versions_must_name_a_kind_and_hold_every_generated_version() {
    let properties = json!({"size": {"type": "integer"}});
    let errors = model(
        &[
            ("2023-01-01", properties.clone()),
            ("2024-01-01", properties),
        ],
        "asoVersions:\n  Widget: [v1api20230101, V1]\n  Gadget: [v1api20230101]",
    )
    .unwrap_err();
    // Errors name the configuration file, here in a scratch folder.
    let errors: Vec<&str> = errors
        .iter()
        .map(|e| &e[e.find("test.yaml").unwrap()..])
        .collect();
    insta::assert_snapshot!(errors.join("\n"));
}

#[test]
fn without_aso_versions_a_kind_has_the_generated_ones() {
    let properties = json!({"size": {"type": "integer"}});
    let kinds = model(
        &[
            ("2024-01-01", properties.clone()),
            ("2023-01-01", properties),
        ],
        "",
    )
    .unwrap();
    assert_eq!(kinds[0].aso_versions, ["v1api20230101", "v1api20240101"]);
    let crd = the_crd(&kinds, Conversion::None);
    let names: Vec<&str> = crd["spec"]["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "v1api20230101",
            "v1api20230101storage",
            "v1api20240101",
            "v1api20240101storage",
            "v1apistorage"
        ]
    );
}
