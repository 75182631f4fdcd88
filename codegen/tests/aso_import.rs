//! The import of ASO's generator facts on small fixtures of our own (a spec, an `azure-arm.yaml`,
//! a `targets.yaml`): every kind of fact placed, the reasons facts do not apply, the errors naming
//! facts that cannot be placed, and the import writing what it reads (idempotent, `ours` kept).
//! `aso_import_real` runs it on ASO's real configuration.

use std::path::PathBuf;

use aso_codegen::aso_facts::{self, Imported};
use aso_codegen::config::{self, GroupConfig};
use aso_codegen::emit::crd::Conversion;
use aso_codegen::model::Kind;
use aso_codegen::{emit, kinds, versions};
use proptest::prelude::*;
use serde_json::{Value, json};

const SPEC_FILE: &str = "test/resource-manager/Microsoft.Test/stable/2024-01-01/test.json";

/// A resource `widgets` (flattened properties, an embedded resource, an inline `mode` enum) with a
/// child `widgets/gadgets`.
fn swagger() -> Value {
    let widgets = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}";
    let operation = |definition: &str, extra: Value| {
        let mut parameters =
            vec![json!({"name": "widgetName", "in": "path", "required": true, "type": "string"})];
        if let Value::Array(more) = extra {
            parameters.extend(more);
        }
        parameters.push(json!({"name": "body", "in": "body", "required": true, "schema": {"$ref": format!("#/definitions/{definition}")}}));
        json!({
            "put": {"parameters": parameters, "responses": {"200": {"description": "ok", "schema": {"$ref": format!("#/definitions/{definition}")}}}},
            "get": {"responses": {"200": {"description": "ok", "schema": {"$ref": format!("#/definitions/{definition}")}}}}
        })
    };
    json!({
        "swagger": "2.0",
        "info": {"title": "test", "version": "2024-01-01"},
        "paths": {
            widgets: operation("Widget", json!([])),
            format!("{widgets}/gadgets/{{gadgetName}}"): operation("Gadget", json!([{"name": "gadgetName", "in": "path", "required": true, "type": "string"}]))
        },
        "definitions": {
            "Widget": {
                "x-ms-azure-resource": true,
                "properties": {
                    "id": {"type": "string", "readOnly": true},
                    "location": {"type": "string"},
                    "etag": {"type": "string"},
                    "properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/WidgetProperties"}
                }
            },
            "WidgetProperties": {
                "properties": {
                    "subnetId": {"type": "string"},
                    "secretValue": {"type": "string"},
                    "tenantId": {"type": "string"},
                    "conditions": {"type": "array", "items": {"type": "string"}},
                    "mode": {"type": "string", "enum": ["A", "B"]},
                    "settings": {"type": "object"},
                    "status": {"type": "string"},
                    "endpoint": {"type": "string", "readOnly": true},
                    "parts": {"type": "array", "items": {"$ref": "#/definitions/Part"}}
                }
            },
            "Part": {
                "x-ms-azure-resource": true,
                "properties": {"id": {"type": "string"}, "size": {"type": "integer"}}
            },
            "Gadget": {
                "x-ms-azure-resource": true,
                "properties": {"properties": {"properties": {"color": {"type": "string"}}}}
            }
        }
    })
}

const TARGETS: &str = "
- group: test
  apiVersion: '2024-01-01'
  kinds:
  - kind: Widget
    armType: Microsoft.Test/widgets
    specFile: specification/test/resource-manager/Microsoft.Test/stable/2024-01-01/test.json
  - kind: WidgetsGadget
    armType: Microsoft.Test/widgets/gadgets
    specFile: specification/test/resource-manager/Microsoft.Test/stable/2024-01-01/test.json
";

/// One fact of each kind this import places, and some it does not apply.
const AZURE_ARM: &str = "
typeTransformers:
  - name: '*'
    property: Tags
    ifType: {map: {key: {name: string}, value: {name: any}}}
    target: {map: {key: {name: string}, value: {name: string}}}
    because: tags are strings
  - group: test
    name: WidgetProperties
    property: Status
    remove: true
    because: should be read-only
  - group: test
    name: WidgetProperties_Mode;WidgetProperties_Mode_STATUS
    target: {enum: {base: string, values: [a, b, c]}}
    because: more modes
  - group: test
    name: WidgetProperties
    property: Settings
    ifType: {map: {key: {name: string}, value: {name: any}}}
    target: {map: {key: {name: string}, value: {name: string}}}
    because: settings are strings
  - group: test
    name: Widget_Spec
    property: Etag
    remove: true
    because: should be read-only
objectModelConfiguration:
  test:
    $payloadType: explicitCollections
    v1:
      Handcrafted:
        $supportedFrom: v2.0.0
    2024-01-01:
      Widget:
        $export: true
        $supportedFrom: v2.9.0
        $azureGeneratedSecrets:
          - PrimaryKey
          - SSLPort
        $generatedConfigs:
          Endpoint: $.Status.Endpoint
        $manualConfigs:
          - PrivateIpAddress
      Widget_Spec:
        Conditions:
          $renameTo: WidgetConditions
      Widget_STATUS:
        Conditions:
          $renameTo: WidgetConditions
      Widgets_Gadget:
        $exportAs: WidgetsGadget
        $supportedFrom: v2.9.0
        $defaultAzureName: false
      Widgets_Gadget_Properties_Spec:
        Color:
          $importConfigMapMode: required
      WidgetProperties:
        SubnetId:
          $armReference: true
        SecretValue:
          $isSecret: true
        TenantId:
          $importConfigMapMode: optional
        Parts:
          $resourceLifecycleOwnedByParent: Widget
      Part:
        $resourceEmbeddedInParent: Widget
        $nameInNextVersion: Piece
      Part_STATUS:
        $isResource: false
";

/// Writes the fixture (spec, ASO's files, our configuration) into a scratch folder.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new(azure_arm: &str, ours: &str) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let spec = dir.path().join("specs/specification").join(SPEC_FILE);
        std::fs::create_dir_all(spec.parent().unwrap()).unwrap();
        std::fs::write(&spec, serde_json::to_string_pretty(&swagger()).unwrap()).unwrap();
        std::fs::create_dir_all(dir.path().join("aso")).unwrap();
        std::fs::write(dir.path().join("aso/targets.yaml"), TARGETS).unwrap();
        std::fs::write(dir.path().join("aso/azure-arm.yaml"), azure_arm).unwrap();
        std::fs::create_dir_all(dir.path().join("config")).unwrap();
        std::fs::write(
            dir.path().join("config/test.yaml"),
            format!("group: test\nversions:\n  '2024-01-01':{ours}\n"),
        )
        .unwrap();
        Fixture { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn import(&self) -> Result<Imported, Vec<String>> {
        aso_facts::import(&self.path("aso"), &self.path("specs"))
    }

    /// Imports and writes the configuration; its text.
    fn import_and_write(&self) -> String {
        let imported = self.import().unwrap_or_else(|e| panic!("{}", e.join("\n")));
        assert!(imported.report.unplaced.is_empty(), "{}", imported.report);
        let groups = config::read_dir(&self.path("config")).unwrap();
        let updated = aso_facts::update(&groups, &imported).unwrap_or_else(|e| panic!("{e:?}"));
        let text = config::render(&updated[0]).unwrap();
        std::fs::write(self.path("config/test.yaml"), &text).unwrap();
        text
    }
}

#[test]
fn every_kind_of_fact_lands_in_our_configuration() {
    let fixture = Fixture::new(AZURE_ARM, " {}");
    let text = fixture.import_and_write();
    let report = fixture.import().unwrap().report;
    insta::assert_snapshot!(format!("{text}\n# report\n{report}"));
}

#[test]
fn the_imported_configuration_generates_what_aso_states() {
    let fixture = Fixture::new(AZURE_ARM, " {}");
    fixture.import_and_write();
    let groups = config::load_dir(&fixture.path("config")).unwrap();
    let kinds = kinds::model(&fixture.path("specs"), &groups).unwrap_or_else(|e| panic!("{e:?}"));
    let widget = version_schema(&kinds, 0);
    let schema = &widget["properties"];
    let spec = &schema["spec"]["properties"];
    let status = &schema["status"]["properties"];
    assert!(spec.get("widgetconditions").is_some() && status.get("widgetconditions").is_some());
    assert!(spec.get("subnetReference").is_some(), "{spec:#}");
    assert_eq!(spec["secretValue"]["required"], json!(["key", "name"]));
    assert!(spec.get("tenantIdFromConfig").is_some());
    assert!(spec.get("etag").is_none() && status.get("etag").is_some());
    assert!(spec.get("status").is_none() && status.get("status").is_some());
    assert_eq!(spec["mode"]["enum"], json!(["a", "b", "c"]));
    assert_eq!(spec["settings"]["additionalProperties"]["type"], "string");
    assert!(spec.get("parts").is_none(), "owned by the parent: {spec:#}");
    assert_eq!(kinds[0].payload, aso_runtime::Payload::ExplicitCollections);
    let exports: Vec<String> = kinds[0].exports.iter().map(|e| format!("{e:?}")).collect();
    assert_eq!(exports.len(), 4, "{exports:?}");
    let gadget = version_schema(&kinds, 1);
    let gadget_spec = &gadget["properties"]["spec"];
    // Not flattened: `properties.color`, read from a ConfigMap only.
    let color = &gadget_spec["properties"]["properties"]["properties"]["color"];
    assert_eq!(color["required"], json!(["key", "name"]), "{gadget_spec:#}");
    assert!(matches!(
        kinds[1].azure_name,
        aso_runtime::AzureName::UuidFromSpec(_)
    ));
}

#[test]
fn a_payload_rule_per_property_reaches_that_property_only() {
    let azure_arm = AZURE_ARM.replace(
        "          $importConfigMapMode: optional\n",
        "          $importConfigMapMode: optional\n          $payloadType: explicitProperties\n",
    );
    let fixture = Fixture::new(&azure_arm, " {}");
    fixture.import_and_write();
    let text = std::fs::read_to_string(fixture.path("config/test.yaml")).unwrap();
    assert!(text.contains("payload: explicitProperties"), "{text}");
    let groups = config::load_dir(&fixture.path("config")).unwrap();
    let mut kinds = kinds::model(&fixture.path("specs"), &groups).unwrap();
    let mut rules = Vec::new();
    for kind in &mut kinds {
        kind.spec.visit_mut(&mut |object| {
            for prop in object.props.iter().filter(|p| p.payload.is_some()) {
                rules.push((prop.name.clone(), prop.payload));
            }
        });
    }
    // The ConfigMap twin is the same ARM property.
    let explicit = Some(aso_runtime::Payload::ExplicitProperties);
    assert_eq!(
        rules,
        [
            ("tenantId".to_string(), explicit),
            ("tenantIdFromConfig".to_string(), explicit),
        ]
    );
}

#[test]
fn facts_that_cannot_be_placed_are_errors_naming_them() {
    let broken = format!(
        "{AZURE_ARM}      Gone:\n        Id:\n          $armReference: true\n      WidgetProperties_Settings:\n        Color:\n          $isSecret: true\n      Gizmo:\n        $exportAs: Gizmo\n      Widget_STATUS_Conditions:\n        $isResource: true\n  nothere:\n    2024-01-01:\n      Thing:\n        $export: true\n"
    );
    let broken = broken.replace(
        "      Widget_STATUS:\n        Conditions:\n          $renameTo: WidgetConditions",
        "      Widget_STATUS:\n        Conditions:\n          $renameTo: OtherConditions\n        Nope:\n          $armReference: false",
    );
    let fixture = Fixture::new(&broken, " {}");
    let report = fixture.import().unwrap().report;
    insta::assert_snapshot!(report.unplaced.join("\n"));
}

#[test]
fn modifiers_the_import_does_not_know_are_errors() {
    let unknown = AZURE_ARM.replace("$nameInNextVersion: Piece", "$frobnicate: true");
    let fixture = Fixture::new(&unknown, " {}");
    let errors = fixture
        .import()
        .err()
        .expect("an unknown modifier fails the import");
    assert!(
        errors.iter().any(|e| e
            .contains("test.2024-01-01.Part.$frobnicate: a modifier this import does not know")),
        "{errors:?}"
    );
    let transformer = AZURE_ARM.replace("remove: true\n    because: should be read-only\n  - group: test\n    name: WidgetProperties_Mode", "renameTo: X\n    remove: true\n    because: two changes\n  - group: test\n    name: WidgetProperties_Mode");
    let report = Fixture::new(&transformer, " {}").import().unwrap().report;
    assert!(
        report
            .unplaced
            .iter()
            .any(|e| e.contains("exactly one of target, remove and renameTo")),
        "{report}"
    );
}

#[test]
fn our_deviations_survive_the_import() {
    let ours = "\n    ours:\n      kinds:\n        Widget:\n          exports:\n            secrets:\n              sslPort: status.sslPort\n          because: the port is in the status\n      definitions:\n        WidgetProperties:\n          subnetId:\n            reference: false\n            because: a name, not an ID, in this fixture";
    let fixture = Fixture::new(AZURE_ARM, ours);
    let text = fixture.import_and_write();
    assert!(
        text.contains("because: the port is in the status"),
        "{text}"
    );
    let groups = config::load_dir(&fixture.path("config")).unwrap();
    let exports = &groups[0].versions["2024-01-01"].kinds["Widget"].exports;
    assert_eq!(exports.secrets["sslPort"], "status.sslPort");
    assert_eq!(exports.secrets["primaryKey"], "azure");
    let kinds = kinds::model(&fixture.path("specs"), &groups).unwrap();
    let schema = version_schema(&kinds, 0);
    let spec = &schema["properties"]["spec"]["properties"];
    assert!(spec.get("subnetId").is_some() && spec.get("subnetReference").is_none());
}

/// A version ASO generates no kind from cannot be configured.
#[test]
fn versions_aso_does_not_generate_are_refused() {
    let fixture = Fixture::new(AZURE_ARM, " {}");
    std::fs::write(
        fixture.path("config/test.yaml"),
        "group: test\nversions:\n  '2025-01-01': {}\n",
    )
    .unwrap();
    let imported = fixture.import().unwrap();
    let groups = config::read_dir(&fixture.path("config")).unwrap();
    let errors = aso_facts::update(&groups, &imported).unwrap_err();
    assert!(
        errors[0].contains("ASO generates no kind of test at 2025-01-01"),
        "{errors:?}"
    );
}

/// The lines of `AZURE_ARM`'s version block that hold one fact each (with their type line), to
/// pick subsets of.
fn fact_blocks() -> Vec<&'static str> {
    vec![
        "      WidgetProperties:\n        SubnetId:\n          $armReference: true\n",
        "      Gadget:\n        $isResource: true\n",
        "      Widget_Spec:\n        Conditions:\n          $renameTo: WidgetConditions\n",
        "      Widget_STATUS:\n        Endpoint:\n          $renameTo: Address\n",
        "      Part:\n        $resourceEmbeddedInParent: Widget\n",
        "      Part_STATUS:\n        $isResource: false\n",
        "      Widgets_Gadget:\n        $defaultAzureName: false\n",
        "      Widget:\n        $azureGeneratedSecrets:\n          - PrimaryKey\n",
    ]
}

fn ours_blocks() -> Vec<&'static str> {
    vec![
        "      definitions:\n        WidgetProperties:\n          tenantId:\n            secret: true\n            because: a test\n",
        "      types:\n        Part:\n          isResource: true\n          because: a test\n",
        "      kinds:\n        WidgetsGadget:\n          omit: true\n          because: a test\n",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever ASO states and whatever we deviate in, importing what the import wrote changes
    /// nothing, and `ours` comes through as written.
    #[test]
    fn the_import_is_idempotent_and_keeps_ours(
        facts in proptest::sample::subsequence(fact_blocks(), 0..=8),
        ours in proptest::sample::subsequence(ours_blocks(), 0..=3),
    ) {
        // Each type line may appear once per version: group the picked blocks by type.
        let mut by_type: std::collections::BTreeMap<&str, String> = Default::default();
        for block in &facts {
            let (type_line, rest) = block.split_once('\n').unwrap();
            by_type.entry(type_line).or_default().push_str(rest);
        }
        let body: String = by_type.iter().map(|(t, rest)| format!("{t}\n{rest}")).collect();
        let azure_arm = format!("objectModelConfiguration:\n  test:\n    2024-01-01:\n{body}      Widget_Exported:\n        $supportedFrom: v1\n");
        let ours_text = match ours.is_empty() {
            true => " {}".to_string(),
            false => format!("\n    ours:\n{}", ours.concat().lines().map(|l| format!("{l}\n")).collect::<String>()),
        };
        let fixture = Fixture::new(&azure_arm, &ours_text);
        let before = config::read_dir(&fixture.path("config")).unwrap();
        let first = fixture.import_and_write();
        let second = fixture.import_and_write();
        prop_assert_eq!(&first, &second);
        let after = config::read_dir(&fixture.path("config")).unwrap();
        prop_assert_eq!(&before[0].versions["2024-01-01"].ours, &after[0].versions["2024-01-01"].ours);
        // What was written reads back as written.
        let reread: GroupConfig = config::read_file(&fixture.path("config/test.yaml")).unwrap();
        prop_assert_eq!(config::render(&reread).unwrap(), first);
    }
}

/// The `openAPIV3Schema` of `kinds[index]`'s version in the CRD generated for its kind.
fn version_schema(kinds: &[Kind], index: usize) -> Value {
    let kind = &kinds[index];
    let crds = versions::crds(kinds).unwrap();
    let crd = crds
        .iter()
        .find(|c| c.first().group == kind.group && c.first().kind == kind.kind)
        .unwrap();
    let crd = emit::crd::crd(crd, Conversion::None).unwrap();
    crd["spec"]["versions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == kind.version.as_str())
        .unwrap()["schema"]["openAPIV3Schema"]
        .clone()
}
