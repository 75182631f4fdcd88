//! The two ASO samples of groups we serve that our CRDs rejected while ASO's generator facts were
//! copied by hand (issue 12), now that they are imported: admitted with nothing pruned, and
//! converted to the ARM bodies ASO sends and back. The samples are ASO's own
//! (`v2/samples/cdn/v1api20230501/v1api20230501_rule.yaml` and
//! `v2/samples/sql/v1api20211101/v1api20211101_serversfailovergroup.yaml` upstream); the reference
//! folder holds samples of five other groups only.

use std::path::Path;

use aso_runtime::KindInfo;
use aso_runtime::from_arm::spec_from_arm;
use aso_runtime::reference::{
    ConfigMapReference, ResourceReference, SecretMapReference, SecretReference,
};
use aso_runtime::to_arm::{self, ConvertError, Resolver};
use aso_schema::{Schema, admit};
use serde_json::{Value, json};

/// `$renameTo: RuleConditions` on `Profiles_RuleSets_Rule_Spec.Conditions`: ASO's JSON name is the
/// new name lower-cased.
const RULE: &str = r#"
apiVersion: cdn.azure.com/v1api20230501
kind: Rule
metadata:
  name: asosamplerule
  namespace: default
spec:
  owner:
    name: asosampleruleset
  actions:
  - urlRedirect:
      name: UrlRedirect
      parameters:
        customHostname: microsoft.com
        customPath: /
        destinationProtocol: Https
        redirectType: TemporaryRedirect
        typeName: DeliveryRuleUrlRedirectActionParameters
  ruleconditions:
  - urlPath:
      name: UrlPath
      parameters:
        matchValues:
        - secure/
        negateCondition: false
        operator: BeginsWith
        transforms:
        - Lowercase
        typeName: DeliveryRuleUrlPathMatchConditionParameters
"#;

/// `FailoverGroupProperties.databases`: an array whose items have `format: arm-id`.
const FAILOVER_GROUP: &str = r#"
apiVersion: sql.azure.com/v1api20211101
kind: ServersFailoverGroup
metadata:
  name: aso-sample-failovergroup
  namespace: default
spec:
  owner:
    name: aso-sample-sqlserverprimary
  databasesReferences:
  - group: sql.azure.com
    kind: ServersDatabase
    name: aso-sample-db
  partnerServers:
  - reference:
      group: sql.azure.com
      kind: Server
      name: aso-sample-sqlserversecondary
  readWriteEndpoint:
    failoverPolicy: Automatic
    failoverWithDataLossGracePeriodMinutes: 60
"#;

fn schema(crd_file: &str) -> Schema {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../crds")
        .join(crd_file);
    let crd: Value = serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    Schema::from_json(&crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]).unwrap()
}

fn info(group: &str, kind: &str) -> &'static KindInfo {
    aso_catalog::catalog()
        .into_iter()
        .find(|k| k.group == group && k.kind == kind)
        .unwrap_or_else(|| panic!("no kind {group}/{kind}"))
}

/// Resolves references by name to a recognisable ARM ID.
struct ByName;

impl Resolver for ByName {
    fn resource(&self, _: &str, reference: &ResourceReference) -> Result<String, ConvertError> {
        Ok(reference.arm_id.clone().unwrap_or_else(|| {
            format!(
                "/subscriptions/s/resourceGroups/rg/providers/{}/{}",
                reference.kind.as_deref().unwrap_or_default(),
                reference.name.as_deref().unwrap_or_default()
            )
        }))
    }
    fn secret(&self, path: &str, _: &SecretReference) -> Result<String, ConvertError> {
        Err(ConvertError::new(path, "no secrets here"))
    }
    fn secret_map(
        &self,
        path: &str,
        _: &SecretMapReference,
    ) -> Result<std::collections::BTreeMap<String, String>, ConvertError> {
        Err(ConvertError::new(path, "no secrets here"))
    }
    fn config_map(&self, path: &str, _: &ConfigMapReference) -> Result<String, ConvertError> {
        Err(ConvertError::new(path, "no config maps here"))
    }
}

fn admitted(manifest: &str, crd_file: &str) -> Value {
    let mut document: Value = serde_saphyr::from_str(manifest).unwrap();
    let (pruned, errors) = admit(&schema(crd_file), &mut document, None);
    assert!(pruned.is_empty(), "pruned: {pruned:?}");
    assert!(errors.is_empty(), "errors: {errors:?}");
    document
}

#[test]
fn the_renamed_rule_conditions_are_admitted_and_sent_as_conditions() {
    let document = admitted(RULE, "rules.cdn.azure.com.yaml");
    let info = info("cdn", "Rule");
    let body = to_arm::arm_body(info, &document["spec"], "asosamplerule", &ByName).unwrap();
    let conditions = &body["properties"]["conditions"];
    assert_eq!(conditions[0]["name"], "UrlPath", "{body:#}");
    assert_eq!(
        conditions[0]["parameters"]["matchValues"],
        json!(["secure/"])
    );
    assert!(body["properties"].get("ruleconditions").is_none());
    // And back: Azure's `conditions` is the manifest's `ruleconditions`.
    let spec = spec_from_arm(info, &body);
    assert_eq!(
        spec["ruleconditions"][0]["urlPath"]["name"], "UrlPath",
        "{spec:#}"
    );
}

#[test]
fn the_failover_group_databases_are_references_sent_as_arm_ids() {
    let document = admitted(FAILOVER_GROUP, "serversfailovergroups.sql.azure.com.yaml");
    let info = info("sql", "ServersFailoverGroup");
    let body =
        to_arm::arm_body(info, &document["spec"], "aso-sample-failovergroup", &ByName).unwrap();
    assert_eq!(
        body["properties"]["databases"],
        json!(["/subscriptions/s/resourceGroups/rg/providers/ServersDatabase/aso-sample-db"]),
        "{body:#}"
    );
    let dependencies = to_arm::dependencies(info, &document["spec"]).unwrap();
    assert!(
        dependencies
            .iter()
            .any(|d| format!("{d:?}").contains("aso-sample-db")),
        "{dependencies:?}"
    );
    let spec = spec_from_arm(info, &body);
    assert_eq!(
        spec["databasesReferences"],
        json!([{"armId": "/subscriptions/s/resourceGroups/rg/providers/ServersDatabase/aso-sample-db"}]),
        "{spec:#}"
    );
}
