//! Owners given by ARM ID (ASO's `Test_OwnerIsARMID*`): of a resource group, of a parent, of an
//! extension resource's target; rejected when of the wrong type, from another subscription, or
//! given together with a name.

use reqwest::Method;
use serde_json::json;

use aso_e2e::harness::{Env, EnvOptions, ready};

const STORAGE: &str = "storage.azure.com";

fn account(name: &str, owner_id: &str) -> String {
    format!(
        "apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata: {{name: {name}, namespace: default}}
spec:
  location: westus2
  kind: StorageV2
  sku: {{name: Standard_LRS}}
  owner: {{armId: '{owner_id}'}}
"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owners_by_arm_id() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*;storage.azure.com/*;managedidentity.azure.com/*;authorization.azure.com/RoleAssignment".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    let sub = env.arm.subscription().to_string();
    // A resource group made outside Kubernetes.
    let rg = format!("/subscriptions/{sub}/resourceGroups/rg-outside");
    let (status, _) = env
        .arm_request(
            Method::PUT,
            &rg,
            "2020-06-01",
            Some(&json!({"location": "westus2"})),
        )
        .await;
    assert!(status < 300);

    env.apply(&account("acctbyid", &rg));
    let obj = env
        .wait_ready(STORAGE, "StorageAccount", "default", "acctbyid")
        .await;
    let id = env
        .resource_id(STORAGE, "StorageAccount", "default", "acctbyid")
        .await;
    assert_eq!(
        id,
        format!("{rg}/providers/Microsoft.Storage/storageAccounts/acctbyid")
    );
    assert!(
        obj.metadata.owner_references.is_none(),
        "an Azure owner has no Kubernetes object to reference"
    );

    // A child owned by its parent's ARM ID.
    env.apply(&format!(
        "apiVersion: storage.azure.com/v1api20230101\nkind: StorageAccountsBlobService\nmetadata: {{name: blobsbyid, namespace: default}}\nspec: {{owner: {{armId: '{id}'}}}}\n"
    ));
    env.wait_ready(
        STORAGE,
        "StorageAccountsBlobService",
        "default",
        "blobsbyid",
    )
    .await;
    assert_eq!(
        env.resource_id(
            STORAGE,
            "StorageAccountsBlobService",
            "default",
            "blobsbyid"
        )
        .await,
        format!("{id}/blobServices/default")
    );

    // An extension resource on an identity given by ARM ID.
    env.apply(
        "apiVersion: managedidentity.azure.com/v1api20230131\nkind: UserAssignedIdentity\nmetadata: {name: uai, namespace: default}\nspec: {location: westus2, owner: {armId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-outside'}}\n",
    );
    let uai = env
        .wait_ready(
            "managedidentity.azure.com",
            "UserAssignedIdentity",
            "default",
            "uai",
        )
        .await;
    let uai_id = env
        .resource_id(
            "managedidentity.azure.com",
            "UserAssignedIdentity",
            "default",
            "uai",
        )
        .await;
    let principal = uai.data["status"]["principalId"]
        .as_str()
        .unwrap()
        .to_string();
    env.apply(&format!(
        "apiVersion: authorization.azure.com/v1api20220401
kind: RoleAssignment
metadata: {{name: uai-contributor, namespace: default}}
spec:
  owner: {{armId: '{uai_id}'}}
  principalId: {principal}
  roleDefinitionReference: {{armId: /subscriptions/{sub}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c}}
"
    ));
    env.wait_ready(
        "authorization.azure.com",
        "RoleAssignment",
        "default",
        "uai-contributor",
    )
    .await;
    let assignment = env
        .resource_id(
            "authorization.azure.com",
            "RoleAssignment",
            "default",
            "uai-contributor",
        )
        .await;
    let prefix = format!("{uai_id}/providers/Microsoft.Authorization/roleAssignments/");
    let name = assignment
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{assignment} is not under {prefix}"));
    assert!(
        uuid_v5(name),
        "role assignments are named by ASO's version 5 UUID: {name}"
    );

    // The wrong type of owner.
    env.apply(&account("acctwrongowner", &id));
    let obj = env
        .wait_reason(
            STORAGE,
            "StorageAccount",
            "default",
            "acctwrongowner",
            "InvalidOwner",
        )
        .await;
    let c = ready(&obj).unwrap();
    assert_eq!(c["severity"], "Error");
    assert!(
        c["message"]
            .as_str()
            .unwrap()
            .contains("Microsoft.Resources/resourceGroups"),
        "{c}"
    );
    // An owner in a subscription the credential is not for.
    env.apply(&account(
        "acctothersub",
        "/subscriptions/99999999-0000-0000-0000-000000000000/resourceGroups/rg",
    ));
    let obj = env
        .wait_reason(
            STORAGE,
            "StorageAccount",
            "default",
            "acctothersub",
            "SubscriptionMismatch",
        )
        .await;
    assert_eq!(ready(&obj).unwrap()["severity"], "Error");
    for name in ["acctwrongowner", "acctothersub"] {
        assert!(
            env.requests("PUT", &format!("/storageAccounts/{name}"))
                .is_empty(),
            "{name} reached ARM"
        );
    }
    // Name and ARM ID together are refused when applied.
    let out = env.kubectl(
        &["apply", "-f", "-"],
        Some(
            &account("acctboth", &rg).replace("owner: {armId:", "owner: {name: rg-outside, armId:"),
        ),
    );
    assert!(
        !out.ok && out.stderr.contains("set exactly one of name and armId"),
        "{}",
        out.stderr
    );
    env.stop_operator().await;
}

fn uuid_v5(s: &str) -> bool {
    s.len() == 36
        && s.as_bytes()[14] == b'5'
        && s.split('-').map(str::len).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
}
