//! The two crates emitted for a small hand-written kind: snapshots of what each holds, and the
//! sharing rules (shapes and ARM schemas across versions, types within a version).

use std::path::Path;

use aso_runtime::arm_schema::ArmSchema;
use aso_runtime::{AzureName, ExportTarget, KindRef, NameRule, OwnerRule, Payload, Scope};

use super::{API_DIR, CATALOG_DIR, Crate, generated_crates};
use crate::model::{
    Enumeration, ExportSourceOwned, Kind, KindExport, Object, Origin, Property, StringType, Type,
    test_builders,
};
use test_builders::string;

/// An object from a definition of the specs, as Rust types are named after.
fn object(definition: &str, props: Vec<Property>) -> Object {
    Object {
        origin: Some(Origin {
            file: "test.json".into(),
            definition: Some(definition.into()),
        }),
        ..test_builders::object(definition, props)
    }
}

fn prop(name: &str, ty: Type, required: bool) -> Property {
    Property {
        required,
        description: Some(format!("The {name}.")),
        ..test_builders::prop(name, ty)
    }
}

fn size() -> Type {
    Type::String(StringType {
        enumeration: Some(Enumeration {
            name: "WidgetSize".into(),
            values: vec!["Small".into(), "Large".into()],
            open: false,
        }),
        ..StringType::default()
    })
}

/// A widget under a resource group: a location, a size (an enum), a subnet reference and a
/// colour flattened from `properties`; its status has a provisioning state and an endpoint,
/// which it exports to a ConfigMap.
fn widget(version: &str, api_version: &str) -> Kind {
    let mut colour = prop("colour", string(), false);
    colour.arm = vec!["properties".into(), "colour".into()];
    let mut subnet = prop("subnetReference", Type::ResourceReference, false);
    subnet.arm = vec!["properties".into(), "subnetId".into()];
    let spec = object(
        "Widget",
        vec![
            colour,
            prop("location", string(), true),
            prop("size", size(), false),
            subnet,
        ],
    );
    let mut state = prop("provisioningState", string(), false);
    state.arm = vec!["properties".into(), "provisioningState".into()];
    let status = object(
        "Widget",
        vec![
            prop("endpoint", string(), false),
            prop("size", size(), false),
            state,
        ],
    );
    Kind {
        group: "test".into(),
        api_version: api_version.into(),
        version: version.into(),
        kind: "Widget".into(),
        plural: "widgets".into(),
        arm_type: "Microsoft.Test/widgets".into(),
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}".into(),
        scope: Scope::ResourceGroup,
        owner: OwnerRule::Kind(KindRef {
            group: "resources.azure.com",
            kind: "ResourceGroup",
        }),
        azure_name: AzureName::FromSpec(NameRule {
            pattern: Some("^[a-z]+$"),
            min_length: None,
            max_length: Some(10),
        }),
        payload: Payload::OmitEmpty,
        description: Some("A widget.".into()),
        spec,
        status,
        exports: vec![KindExport {
            key: "endpoint".into(),
            target: ExportTarget::ConfigMap,
            source: ExportSourceOwned::Status(vec!["endpoint".into()]),
        }],
        arm_schema: ArmSchema {
            type_: Some("object".into()),
            ..ArmSchema::default()
        },
        source: "test.json".into(),
        aso_versions: vec![version.into()],
    }
}

fn crate_of<'a>(crates: &'a [Crate], dir: &str) -> &'a Crate {
    crates.iter().find(|c| c.dir == dir).expect("crate emitted")
}

fn file<'a>(generated: &'a Crate, path: &str) -> &'a str {
    generated
        .files
        .get(Path::new(path))
        .unwrap_or_else(|| panic!("{}/{path} not emitted", generated.dir))
}

/// The named files of a crate, each under a header with its path.
fn show(generated: &Crate, paths: &[&str]) -> String {
    paths
        .iter()
        .map(|path| format!("==> {path}\n{}", file(generated, path)))
        .collect()
}

#[test]
fn catalog_holds_kind_infos_shapes_and_schemas_and_no_types() {
    let crates = generated_crates(&[widget("v1api20240101", "2024-01-01")]).unwrap();
    let catalog = crate_of(&crates, CATALOG_DIR);
    let paths: Vec<String> = catalog
        .files
        .keys()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        paths,
        [
            "Cargo.toml",
            "src/lib.rs",
            "src/test/arm/Widget.2024-01-01.json",
            "src/test/mod.rs",
            "src/test/shapes.rs",
            "src/test/v1api20240101.rs",
        ]
    );
    assert!(
        !catalog.files.values().any(|text| text.contains("serde")),
        "the catalog holds no serde types"
    );
    insta::assert_snapshot!(show(
        catalog,
        &[
            "Cargo.toml",
            "src/lib.rs",
            "src/test/mod.rs",
            "src/test/v1api20240101.rs",
            "src/test/shapes.rs",
        ]
    ));
}

#[test]
fn api_holds_a_resource_type_per_kind_pointing_at_the_catalog() {
    let crates = generated_crates(&[widget("v1api20240101", "2024-01-01")]).unwrap();
    let api = crate_of(&crates, API_DIR);
    let paths: Vec<String> = api.files.keys().map(|p| p.display().to_string()).collect();
    let expected = [
        "Cargo.toml",
        "src/lib.rs",
        "src/test/mod.rs",
        "src/test/v1api20240101/mod.rs",
        "src/test/v1api20240101/spec.rs",
        "src/test/v1api20240101/status.rs",
    ];
    assert_eq!(paths, expected);
    insta::assert_snapshot!(show(api, &expected));
}

#[test]
fn versions_of_a_group_share_identical_shapes_and_arm_schemas() {
    // Two Kubernetes versions served at the same api-version (as ASO's v1beta and v1api pairs
    // are), and a third at another api-version whose spec gained a property.
    let mut newer = widget("v1api20250101", "2025-01-01");
    newer.spec.props.push(prop("zone", string(), false));
    let kinds = [
        widget("v1api20240101", "2024-01-01"),
        widget("v1beta20240101", "2024-01-01"),
        newer,
    ];
    let crates = generated_crates(&kinds).unwrap();
    let catalog = crate_of(&crates, CATALOG_DIR);
    let schemas: Vec<String> = catalog
        .files
        .keys()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        schemas,
        [
            "src/test/arm/Widget.2024-01-01.json",
            "src/test/arm/Widget.2025-01-01.json"
        ]
    );
    let first = file(catalog, "src/test/v1api20240101.rs");
    let beta = file(catalog, "src/test/v1beta20240101.rs");
    let spec_line = |text: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with("spec:"))
            .unwrap()
            .to_string()
    };
    assert_eq!(spec_line(first), spec_line(beta), "one spec shape for both");
    assert_ne!(
        spec_line(first),
        spec_line(file(catalog, "src/test/v1api20250101.rs"))
    );
    let shapes = file(catalog, "src/test/shapes.rs");
    // Widget spec and status at 2024 (status shared by all three), spec at 2025.
    assert_eq!(shapes.matches("pub static S").count(), 3, "{shapes}");
    // The API keeps one set of types per version: users import them by version.
    let api = crate_of(&crates, API_DIR);
    for version in ["v1api20240101", "v1beta20240101", "v1api20250101"] {
        let spec = file(api, &format!("src/test/{version}/spec.rs"));
        assert!(spec.contains("pub struct WidgetSpec"), "{version}");
    }
}

#[test]
fn different_schemas_wanting_one_file_name_are_numbered() {
    let mut other = widget("v1beta20240101", "2024-01-01");
    other.arm_schema.required = vec!["location".into()];
    let crates = generated_crates(&[widget("v1api20240101", "2024-01-01"), other]).unwrap();
    let catalog = crate_of(&crates, CATALOG_DIR);
    assert!(file(catalog, "src/test/v1api20240101.rs").contains("arm/Widget.2024-01-01.json"));
    assert!(file(catalog, "src/test/v1beta20240101.rs").contains("arm/Widget.2024-01-01-2.json"));
}

#[test]
fn generation_is_deterministic() {
    let kinds = [
        widget("v1api20240101", "2024-01-01"),
        widget("v1beta20240101", "2024-01-01"),
    ];
    let once: Vec<_> = generated_crates(&kinds)
        .unwrap()
        .into_iter()
        .map(|c| c.files)
        .collect();
    let again: Vec<_> = generated_crates(&kinds)
        .unwrap()
        .into_iter()
        .map(|c| c.files)
        .collect();
    assert_eq!(once, again);
}
