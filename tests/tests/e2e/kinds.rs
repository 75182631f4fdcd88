//! Per-kind behaviour end to end: Key Vault's goal-seeking create modes against soft-deleted
//! vaults, network parents keeping their inline children, and provider registration.

use serde_json::json;

use aso_e2e::harness::{Env, EnvOptions, ready};

const KV: &str = "keyvault.azure.com";

fn vault(name: &str, mode: &str) -> String {
    format!(
        "apiVersion: keyvault.azure.com/v1api20230701
kind: Vault
metadata: {{name: {name}, namespace: default}}
spec:
  location: westus2
  owner: {{name: rg-kv}}
  properties:
    createMode: {mode}
    tenantId: 00000000-0000-0000-0000-000000000000
    sku: {{family: A, name: standard}}
    accessPolicies: []
"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn key_vault_create_modes_recover_or_purge_soft_deleted_vaults() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*;keyvault.azure.com/*".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(
        "apiVersion: resources.azure.com/v1api20200601\nkind: ResourceGroup\nmetadata: {name: rg-kv, namespace: default}\nspec: {location: westus2}\n",
    );
    for (name, mode, resent) in [
        ("kv-recover", "createOrRecover", "recover"),
        ("kv-purge", "purgeThenCreate", "default"),
    ] {
        env.apply(&vault(name, mode));
        env.wait_ready(KV, "Vault", "default", name).await;
        let id = env.resource_id(KV, "Vault", "default", name).await;
        let first = env.requests_for("PUT", &id);
        assert_eq!(
            first[0].body["properties"]["createMode"], "default",
            "{mode}: nothing to recover at first"
        );

        // Deleted: Azure keeps it soft-deleted. Created again with the same mode.
        let out = env.kubectl(&["delete", "vault", name], None);
        assert!(out.ok, "{}", out.stderr);
        env.wait_gone(KV, "Vault", "default", name).await;
        env.apply(&vault(name, mode));
        env.wait_ready(KV, "Vault", "default", name).await;
        assert!(
            !env.requests("GET", &format!("/deletedVaults/{name}"))
                .is_empty(),
            "{mode}: the soft-deleted vault was looked up"
        );
        let puts = env.requests_for("PUT", &id);
        assert_eq!(
            puts.last().unwrap().body["properties"]["createMode"],
            resent,
            "{mode}"
        );
        if mode == "purgeThenCreate" {
            assert_eq!(
                env.requests("POST", &format!("/deletedVaults/{name}/purge"))
                    .len(),
                1
            );
        }
    }
    env.stop_operator().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_virtual_network_update_keeps_its_subnets() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*;network.azure.com/VirtualNetwork".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    let vnet = |tags: &str| {
        format!(
            "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {{name: rg-net, namespace: default}}
spec: {{location: westus2}}
---
apiVersion: network.azure.com/v1api20201101
kind: VirtualNetwork
metadata: {{name: vnet, namespace: default}}
spec:
  location: westus2
  owner: {{name: rg-net}}
  addressSpace: {{addressPrefixes: [10.0.0.0/16]}}
  tags: {{{tags}}}
"
        )
    };
    env.apply(&vnet("v: '1'"));
    env.wait_ready("network.azure.com", "VirtualNetwork", "default", "vnet")
        .await;
    let vnet_id = env
        .resource_id("network.azure.com", "VirtualNetwork", "default", "vnet")
        .await;

    // Azure reports a network's subnets inline, whoever created them (here: someone else, or a
    // VirtualNetworksSubnet object). The simulator keeps children apart, so the subnet is put
    // inline the way Azure would show it (synchronously: nobody polls that write's operation).
    env.arm.set_lro(
        Some("Microsoft.Network/virtualNetworks"),
        aso_armsim::LroSettings {
            update: Some(aso_armsim::LroMode::Sync),
            ..Default::default()
        },
    );
    let mut current = env.arm.resource(&vnet_id).unwrap();
    current["properties"]["subnets"] =
        json!([{"name": "subnet", "properties": {"addressPrefix": "10.0.1.0/24"}}]);
    let (status, _) = env
        .arm_request(reqwest::Method::PUT, &vnet_id, "2020-11-01", Some(&current))
        .await;
    assert!(status < 300, "{status}");

    env.apply(&vnet("v: '2'"));
    env.wait_for(
        "network.azure.com",
        "VirtualNetwork",
        "default",
        "vnet",
        30,
        |o| ready(o).is_some_and(|c| c["status"] == "True" && c["observedGeneration"] == 2),
    )
    .await;
    let puts: Vec<_> = env.requests_for("PUT", &vnet_id);
    assert_eq!(
        puts.len(),
        3,
        "ours, the inline subnet, ours: {:?}",
        puts.iter()
            .map(|p| (
                p.status,
                p.body["tags"].clone(),
                p.body["properties"].get("subnets").is_some()
            ))
            .collect::<Vec<_>>()
    );
    assert!(
        puts[0].body["properties"].get("subnets").is_none(),
        "the first PUT has no subnets to keep"
    );
    let kept = &puts[2].body["properties"]["subnets"];
    assert_eq!(
        kept[0]["name"], "subnet",
        "the update carries the subnet: {kept}"
    );
    let azure = env.arm.resource(&vnet_id).unwrap();
    assert_eq!(
        azure["properties"]["subnets"][0]["name"], "subnet",
        "the subnet survived its network's update"
    );
    assert_eq!(azure["tags"], json!({"v": "2"}));
    env.stop_operator().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unregistered_provider_is_registered() {
    let mut env = Env::start(EnvOptions {
        armsim_config: format!(
            "{}subscriptions:\n  - id: 00000000-0000-0000-0000-000000000000\n    unregisteredProviders: [Microsoft.Storage]\n",
            aso_e2e::harness::DEFAULT_ARMSIM
        ),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(
        "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: rg-reg, namespace: default}
spec: {location: westus2}
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata: {name: acctreg, namespace: default}
spec:
  location: westus2
  kind: StorageV2
  sku: {name: Standard_LRS}
  owner: {name: rg-reg}
",
    );
    env.wait_ready("storage.azure.com", "StorageAccount", "default", "acctreg")
        .await;
    let registrations = env.requests("POST", "/providers/Microsoft.Storage/register");
    assert_eq!(registrations.len(), 1);
    let puts = env.requests("PUT", "/storageAccounts/acctreg");
    assert_eq!(
        puts.first().unwrap().status,
        409,
        "refused before registration"
    );
    assert!(puts.last().unwrap().status < 300, "accepted after");
    env.stop_operator().await;
}
