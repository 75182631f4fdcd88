//! `asoctl clean crds`: the storage migration of a cluster taken over from ASO, on the Kubernetes
//! API server simulator (which keeps each object at the version it was written at, maintains
//! `status.storedVersions` and refuses a CRD update that drops a stored version, as
//! kube-apiserver does).
//!
//! History, as a long-lived ASO cluster has it: ASO's real CRDs from `../shared`, the
//! UserAssignedIdentity CRD first with `v1api20181130storage` as its storage version (ASO v2.0's),
//! then as ASO v2.8 ships it (storage `v1api20230131storage`), objects written under each; then
//! our CRDs replace ASO's. `--dry-run` changes nothing; an interrupted run prunes nothing; a full
//! run leaves every object stored at our hub and `storedVersions` at the hub alone, after which
//! ASO's versions can really be dropped; a second run has nothing to do.

use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};

use aso_e2e::crds::{self, aso_crd, crd_resource, our_crd, put_crd};
use aso_e2e::harness;
use aso_kubesim::faults::{Action, Match, Rule};
use aso_kubesim::{KubeSim, Options};

const HUB: &str = "v1apistorage";

async fn stored_versions(client: &kube::Client, name: &str) -> Vec<String> {
    let api: Api<DynamicObject> = Api::all_with(client.clone(), &crd_resource());
    let crd = api.get(name).await.unwrap();
    serde_json::from_value(crd.data["status"]["storedVersions"].clone()).unwrap()
}

async fn create(client: &kube::Client, group: &str, version: &str, kind: &str, object: Value) {
    let resource = ApiResource::from_gvk(&GroupVersionKind::gvk(group, version, kind));
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &resource);
    let mut object = object;
    object["apiVersion"] = json!(format!("{group}/{version}"));
    object["kind"] = json!(kind);
    api.create(
        &PostParams::default(),
        &serde_json::from_value(object).unwrap(),
    )
    .await
    .unwrap_or_else(|e| panic!("creating {kind} at {version}: {e}"));
}

/// The version each object of a resource is stored at, by name (all are in `default`).
fn stored_at(kube: &KubeSim, group: &str, plural: &str) -> Vec<(String, String)> {
    crds::stored_at(kube, group, plural)
        .into_iter()
        .map(|((_, name), version)| (name, version))
        .collect()
}

const UAI: &str = "userassignedidentities.managedidentity.azure.com";
const RG: &str = "resourcegroups.resources.azure.com";

/// A cluster as ASO v2.8 leaves it after years of use, then our CRDs installed over ASO's.
async fn taken_over_cluster(kube: &KubeSim, client: &kube::Client) {
    // ASO v2.0's UserAssignedIdentity: stored at v1api20181130storage.
    let mut old = aso_crd("managedidentity.azure.com_userassignedidentities.yaml");
    for v in old["spec"]["versions"].as_array_mut().unwrap() {
        v["storage"] = json!(v["name"] == "v1api20181130storage");
        if v["name"].as_str().unwrap().starts_with("v1api2023") {
            v["served"] = json!(false);
        }
    }
    put_crd(client, old).await.unwrap();
    put_crd(client, aso_crd("resources.azure.com_resourcegroups.yaml"))
        .await
        .unwrap();
    for name in ["rg-a", "rg-b"] {
        create(
            client,
            "resources.azure.com",
            "v1api20200601",
            "ResourceGroup",
            json!({"metadata": {"name": name}, "spec": {"location": "westus2"}}),
        )
        .await;
    }
    create(
        client,
        "managedidentity.azure.com",
        "v1api20181130",
        "UserAssignedIdentity",
        json!({"metadata": {"name": "old-identity"},
               "spec": {"location": "westus2", "owner": {"name": "rg-a"}, "tags": {"age": "old"}}}),
    )
    .await;
    // ASO v2.8's: stored at v1api20230131storage from now on.
    put_crd(
        client,
        aso_crd("managedidentity.azure.com_userassignedidentities.yaml"),
    )
    .await
    .unwrap();
    create(
        client,
        "managedidentity.azure.com",
        "v1api20230131",
        "UserAssignedIdentity",
        json!({"metadata": {"name": "new-identity"},
               "spec": {"location": "westus2", "owner": {"name": "rg-b"}}}),
    )
    .await;
    assert_eq!(
        stored_versions(client, UAI).await,
        ["v1api20181130storage", "v1api20230131storage"]
    );
    assert_eq!(
        stored_at(kube, "managedidentity.azure.com", "userassignedidentities"),
        [
            (
                "new-identity".into(),
                "managedidentity.azure.com/v1api20230131storage".into()
            ),
            (
                "old-identity".into(),
                "managedidentity.azure.com/v1api20181130storage".into()
            ),
        ]
    );
    // Our CRDs install over ASO's: they keep ASO's storage versions (unserved).
    put_crd(client, our_crd(UAI))
        .await
        .expect("our CRD over ASO's");
    put_crd(client, our_crd(RG))
        .await
        .expect("our CRD over ASO's");
}

/// Our CRD without ASO's storage versions: what a later release would install.
fn without_aso_versions(name: &str) -> Value {
    let mut crd = our_crd(name);
    crd["spec"]["versions"]
        .as_array_mut()
        .unwrap()
        .retain(|v| !v["name"].as_str().unwrap().ends_with("storage") || v["name"] == HUB);
    crd
}

#[tokio::test(flavor = "multi_thread")]
async fn clean_crds_migrates_a_cluster_taken_over_from_aso() {
    let kube = KubeSim::start_with(Options::default()).await.unwrap();
    let client = kube.client().await.unwrap();
    taken_over_cluster(&kube, &client).await;
    // Objects ASO stored are read at our hub through the conversion webhook, as in a cluster
    // where our chart runs it.
    let _webhook = harness::start_webhook(&kube, &client).await;
    harness::wait_crds_converted(&client).await;

    // Before the migration, a CRD that drops ASO's versions is refused, in the server's words.
    let e = put_crd(&client, without_aso_versions(UAI))
        .await
        .expect_err("stored versions cannot be dropped");
    assert!(
        e.to_string()
            .contains("must remain in spec.versions until a storage migration"),
        "{e}"
    );

    // Dry run: a report, and nothing changed.
    let mut out = Vec::new();
    let reports = aso_ctl::clean::crds(&client, true, &mut out).await.unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains(&format!("{UAI}: would rewrite 2 objects at {HUB}")),
        "{text}"
    );
    assert!(
        text.contains(&format!("{RG}: would rewrite 2 objects at {HUB}")),
        "{text}"
    );
    assert_eq!(reports.iter().filter(|r| r.needs_migration()).count(), 2);
    assert_eq!(
        stored_versions(&client, UAI).await,
        ["v1api20181130storage", "v1api20230131storage", HUB]
    );
    assert!(
        stored_at(&kube, "managedidentity.azure.com", "userassignedidentities")
            .iter()
            .all(|(_, v)| !v.ends_with(HUB)),
        "a dry run rewrote an object"
    );

    // Interrupted: the second identity's rewrite fails. Nothing is pruned, so nothing stored at
    // an old version is forgotten.
    kube.faults().add(Rule {
        matches: Match {
            verb: Some("update".into()),
            resource: Some("userassignedidentities".into()),
            name: Some("old-identity".into()),
            ..Match::default()
        },
        action: Action::Status { code: 500 },
        count: Some(1),
    });
    let e = aso_ctl::clean::crds(&client, false, &mut Vec::new())
        .await
        .expect_err("interrupted");
    assert!(
        e.contains("old-identity") && e.contains("run the command again"),
        "{e}"
    );
    assert_eq!(
        stored_versions(&client, UAI).await,
        ["v1api20181130storage", "v1api20230131storage", HUB]
    );

    // Run again: everything is stored at the hub, and storedVersions says so.
    let mut out = Vec::new();
    aso_ctl::clean::crds(&client, false, &mut out)
        .await
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains(&format!("{UAI}: rewrote 2 objects")),
        "{text}"
    );
    for (crd, group, plural) in [
        (UAI, "managedidentity.azure.com", "userassignedidentities"),
        (RG, "resources.azure.com", "resourcegroups"),
    ] {
        assert_eq!(stored_versions(&client, crd).await, [HUB], "{crd}");
        for (name, version) in stored_at(&kube, group, plural) {
            assert_eq!(version, format!("{group}/{HUB}"), "{name}");
        }
    }
    // What was written is kept: the old identity still has its owner and tags.
    let resource = ApiResource::from_gvk(&GroupVersionKind::gvk(
        "managedidentity.azure.com",
        "v1api20230131",
        "UserAssignedIdentity",
    ));
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &resource);
    let old = api.get("old-identity").await.unwrap();
    assert_eq!(old.data["spec"]["owner"]["name"], "rg-a");
    assert_eq!(old.data["spec"]["tags"]["age"], "old");

    // Now the API server lets ASO's versions go.
    put_crd(&client, without_aso_versions(UAI))
        .await
        .expect("ASO's versions can be dropped after the migration");
    // The replaced CRD names the webhook again once the webhook has put its service and CA
    // bundle back, and the API server serves with the updated CRD a moment later (as
    // kube-apiserver, which swaps a CRD's handler asynchronously).
    harness::wait_crds_converted(&client).await;
    let new = harness::eventually(30, || async { api.get("new-identity").await.ok() }).await;
    assert_eq!(new.data["spec"]["owner"]["name"], "rg-b");

    // A second run has nothing to do.
    let reports = aso_ctl::clean::crds(&client, false, &mut Vec::new())
        .await
        .unwrap();
    assert!(reports.iter().all(|r| !r.needs_migration()), "{reports:?}");
    assert_eq!(reports.len(), 2);
}
