use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::*;
use crate::manifest::{Manifest, Source};
use crate::plan;

const RG: &str = "/subscriptions/sub/resourceGroups/rg1";
const ACCOUNT: &str =
    "/subscriptions/sub/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/acct1";

/// An ARM holding a few resources, listing children by collection URL.
struct FakeArm {
    resources: BTreeMap<String, Value>,
}

impl FakeArm {
    fn new() -> Self {
        let mut resources = BTreeMap::new();
        let mut put = |id: &str, body: Value| {
            let mut body = body;
            body["id"] = json!(id);
            body["name"] = json!(id.rsplit('/').next().unwrap());
            resources.insert(id.to_string(), body);
        };
        put(
            RG,
            json!({"location": "westus", "tags": {"team": "a"}, "properties": {"provisioningState": "Succeeded"}}),
        );
        put(
            ACCOUNT,
            json!({
                "location": "westus", "kind": "StorageV2", "sku": {"name": "Standard_LRS", "tier": "Standard"},
                "properties": {"accessTier": "Hot", "provisioningState": "Succeeded", "primaryEndpoints": {"blob": "https://x"}},
            }),
        );
        put(
            &format!("{ACCOUNT}/blobServices/default"),
            json!({"properties": {"isVersioningEnabled": true}}),
        );
        put(
            &format!("{ACCOUNT}/blobServices/default/containers/Logs_2024"),
            json!({"properties": {"publicAccess": "None"}}),
        );
        put(
            "/subscriptions/sub/resourceGroups/rg1/providers/Microsoft.Logic/workflows/app",
            json!({"location": "westus"}),
        );
        FakeArm { resources }
    }

    fn put(&mut self, id: &str, mut body: Value) {
        body["id"] = json!(id);
        body["name"] = json!(id.rsplit('/').next().unwrap());
        self.resources.insert(id.to_string(), body);
    }
}

const ROLE_ASSIGNMENTS: &str = "/providers/microsoft.authorization/roleassignments";

impl ArmReader for FakeArm {
    async fn get(&self, id: &str, _api_version: &str) -> Result<Option<Value>, String> {
        Ok(self.resources.get(id).cloned())
    }

    async fn list(&self, collection: &str, _api_version: &str) -> Result<Vec<Value>, String> {
        if let Some(scope) = collection
            .to_ascii_lowercase()
            .strip_suffix(ROLE_ASSIGNMENTS)
        {
            // As ARM lists them: made at the scope, above it (inherited) and below it.
            return Ok(self
                .resources
                .iter()
                .filter(|(id, _)| id.to_ascii_lowercase().contains(ROLE_ASSIGNMENTS))
                .filter(|(_, body)| {
                    let at = body["properties"]["scope"].as_str().unwrap_or("");
                    arm_id::is_within(scope, at) || arm_id::is_within(at, scope)
                })
                .map(|(_, body)| body.clone())
                .collect());
        }
        if let Some(group) = collection.strip_suffix("/resources") {
            // Top-level resources of the group: `{group}/providers/{namespace}/{type}/{name}`.
            let prefix = format!("{}/providers/", group.to_ascii_lowercase());
            return Ok(self
                .resources
                .iter()
                .filter(|(id, _)| {
                    id.to_ascii_lowercase().starts_with(&prefix)
                        && id[prefix.len()..].split('/').count() == 3
                })
                .map(|(_, body)| body.clone())
                .collect());
        }
        let prefix = format!("{}/", collection.to_ascii_lowercase());
        Ok(self
            .resources
            .iter()
            .filter(|(id, _)| {
                let id = id.to_ascii_lowercase();
                id.starts_with(&prefix) && !id[prefix.len()..].contains('/')
            })
            .map(|(_, body)| body.clone())
            .collect())
    }
}

fn run(ids: &[&str]) -> Imported {
    let catalog = aso_catalog::catalog();
    let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
    futures_lite(import(&FakeArm::new(), &catalog, &ids, "apps")).unwrap()
}

/// The import future never waits on anything: poll it once.
fn futures_lite<T>(future: impl std::future::Future<Output = T>) -> T {
    let waker = std::task::Waker::noop();
    let mut context = std::task::Context::from_waker(waker);
    let mut future = std::pin::pin!(future);
    match future.as_mut().poll(&mut context) {
        std::task::Poll::Ready(value) => value,
        std::task::Poll::Pending => panic!("the fake ARM never blocks"),
    }
}

#[test]
fn a_resource_group_comes_with_its_children_owned_by_name() {
    let imported = run(&[RG]);
    let summary: Vec<(String, String, Value)> = imported
        .manifests
        .iter()
        .map(|m| {
            (
                m["kind"].as_str().unwrap().to_string(),
                m["metadata"]["name"].as_str().unwrap().to_string(),
                m["spec"]["owner"].clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("ResourceGroup".into(), "rg1".into(), Value::Null),
            (
                "StorageAccount".into(),
                "acct1".into(),
                json!({"name": "rg1"})
            ),
            (
                "StorageAccountsBlobService".into(),
                "default".into(),
                json!({"name": "acct1"})
            ),
            (
                "StorageAccountsBlobServicesContainer".into(),
                "logs-2024".into(),
                json!({"name": "default"})
            ),
        ]
    );
    let account = &imported.manifests[1];
    assert_eq!(account["apiVersion"], "storage.azure.com/v1api20230101");
    assert_eq!(account["spec"]["accessTier"], "Hot");
    assert!(
        account["spec"].get("primaryEndpoints").is_none(),
        "read-only values stay out of spec"
    );
    assert!(account.get("status").is_none());
    // The Azure name survives where Kubernetes would not accept it as a name.
    assert_eq!(imported.manifests[3]["spec"]["azureName"], "Logs_2024");
    assert!(
        imported
            .skipped
            .iter()
            .any(|s| s.contains("Microsoft.Logic/workflows")),
        "{:?}",
        imported.skipped
    );
}

#[test]
fn a_resource_imported_alone_is_owned_by_arm_id() {
    let imported = run(&[ACCOUNT]);
    assert_eq!(imported.manifests[0]["spec"]["owner"], json!({"armId": RG}));
}

#[test]
fn imported_manifests_plan_to_the_bodies_azure_holds() {
    let imported = run(&[RG]);
    let manifests: Vec<Manifest> = imported
        .manifests
        .iter()
        .enumerate()
        .map(|(i, value)| Manifest {
            source: Source {
                file: "imported.yaml".into(),
                document: i + 1,
            },
            value: value.clone(),
        })
        .collect();
    let planned = plan::offline::plan(&manifests, &aso_catalog::catalog(), "sub");
    assert!(planned.errors.is_empty(), "{:?}", planned.errors);
    let fake = FakeArm::new();
    for request in &planned.requests {
        let id = request.url.split('?').next().unwrap();
        let held = &fake.resources[id];
        // Everything we would send is what Azure holds.
        assert_subset(&request.body, held, id);
    }
    assert_eq!(planned.requests.len(), 4);
}

fn assert_subset(sent: &Value, held: &Value, at: &str) {
    match (sent, held) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                assert_subset(v, b.get(k).unwrap_or(&Value::Null), &format!("{at}/{k}"));
            }
        }
        (a, b) => assert_eq!(a, b, "{at}"),
    }
}

#[test]
fn kubernetes_names_from_azure_names() {
    assert_eq!(kubernetes_name("My_Account.01"), "my-account.01");
    assert_eq!(kubernetes_name("--x--"), "x");
    assert_eq!(kubernetes_name("___"), "resource");
    assert_eq!(kubernetes_name(&"a".repeat(300)).len(), 253);
}

#[test]
fn inherited_role_assignments_default_configurations_and_built_in_databases_stay_out() {
    let mut arm = FakeArm::new();
    let assignment = |at: &str, n: u8| {
        (
            format!(
                "{at}/providers/Microsoft.Authorization/roleAssignments/00000000-0000-0000-0000-00000000000{n}"
            ),
            json!({"properties": {"scope": at, "principalId": "11111111-1111-1111-1111-111111111111",
                "roleDefinitionId": "/subscriptions/sub/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7"}}),
        )
    };
    for (id, body) in [
        assignment(RG, 1),
        assignment("/subscriptions/sub", 2),
        assignment(ACCOUNT, 3),
    ] {
        arm.put(&id, body);
    }
    let server = format!("{RG}/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg1");
    arm.put(
        &server,
        json!({"location": "westus", "sku": {"name": "Standard_B1ms", "tier": "Burstable"},
               "properties": {"version": "14", "state": "Ready"}}),
    );
    for (name, source, value) in [
        ("work_mem", "user-override", "8192"),
        ("max_connections", "system-default", "4096"),
    ] {
        arm.put(
            &format!("{server}/configurations/{name}"),
            json!({"properties": {"value": value, "defaultValue": "4096", "source": source}}),
        );
    }
    for name in ["postgres", "azure_sys", "azure_maintenance", "orders"] {
        arm.put(
            &format!("{server}/databases/{name}"),
            json!({"properties": {"charset": "UTF8", "collation": "en_US.utf8"}}),
        );
    }
    let catalog = aso_catalog::catalog();
    let imported = futures_lite(import(&arm, &catalog, &[RG.to_string()], "apps")).unwrap();
    let names: Vec<(&str, &str)> = imported
        .manifests
        .iter()
        .map(|m| {
            (
                m["kind"].as_str().unwrap(),
                m["metadata"]["name"].as_str().unwrap(),
            )
        })
        .collect();
    let has = |kind: &str, name: &str| names.contains(&(kind, name));
    // Made at the group and at the account: imported, each owned by what it is made on.
    let assignments: Vec<&Value> = imported
        .manifests
        .iter()
        .filter(|m| m["kind"] == "RoleAssignment")
        .collect();
    assert_eq!(assignments.len(), 2, "{names:?}");
    let owners: Vec<&Value> = assignments.iter().map(|m| &m["spec"]["owner"]).collect();
    assert!(
        owners.contains(
            &&json!({"group": "resources.azure.com", "kind": "ResourceGroup", "name": "rg1"})
        ),
        "{owners:?}"
    );
    assert!(
        owners.contains(
            &&json!({"group": "storage.azure.com", "kind": "StorageAccount", "name": "acct1"})
        ),
        "{owners:?}"
    );
    assert!(has("FlexibleServersConfiguration", "work-mem"), "{names:?}");
    assert!(!has("FlexibleServersConfiguration", "max-connections"));
    assert!(has("FlexibleServersDatabase", "orders"));
    for builtin in ["postgres", "azure-sys", "azure-maintenance"] {
        assert!(
            !has("FlexibleServersDatabase", builtin),
            "{builtin}: {names:?}"
        );
    }
    let skipped = imported.skipped.join("\n");
    assert!(
        skipped.contains("00000000-0000-0000-0000-000000000002: the role assignment is inherited from /subscriptions/sub"),
        "{skipped}"
    );
    assert!(
        skipped.contains("max_connections: system defaults"),
        "{skipped}"
    );
    assert!(
        skipped.contains("azure_sys is built into every server"),
        "{skipped}"
    );
}
