//! The ARM protocol over reqwest: resource lifecycles in each provider's answer shape, long-running
//! operations in every mode, collections, actions, registration, soft delete.

use crate::common::*;
use serde_json::{Value, json};

#[tokio::test]
async fn resource_group_lifecycle_matches_the_recording() {
    let s = start(FAST).await;
    let created = s
        .put(
            &rg("rg1"),
            RG_API,
            &json!({"location": "westus2", "tags": {"a": "1"}}),
        )
        .await;
    assert_eq!(created.status, 201);
    assert_eq!(
        created.json["id"],
        format!("/subscriptions/{SUB}/resourceGroups/rg1")
    );
    assert_eq!(created.json["type"], "Microsoft.Resources/resourceGroups");
    assert_eq!(created.state(), "Succeeded");
    let updated = s
        .put(
            &rg("rg1"),
            RG_API,
            &json!({"location": "westus2", "tags": {"a": "2"}}),
        )
        .await;
    assert_eq!(updated.status, 200);
    assert_eq!(s.get(&rg("RG1"), RG_API).await.json["tags"]["a"], "2");
    let head = s
        .send("HEAD", &rg("rg1"), RG_API, None, Some(&s.token))
        .await;
    assert_eq!(head.status, 204);

    // DELETE: 202 + absolute Location to /subscriptions/{s}/operationresults/{token} + Retry-After.
    let deleting = s.delete(&rg("rg1"), RG_API).await;
    assert_eq!(deleting.status, 202);
    let location = deleting.header("Location").unwrap().to_string();
    assert!(
        location.starts_with(&format!(
            "{}/subscriptions/{SUB}/operationresults/",
            s.sim.base_url()
        )),
        "{location}"
    );
    assert_eq!(deleting.header("Retry-After"), Some("0"));
    assert_eq!(s.get(&rg("rg1"), RG_API).await.state(), "Deleting");
    let recreate = s
        .put(&rg("rg1"), RG_API, &json!({"location": "westus2"}))
        .await;
    assert_eq!(
        (recreate.status, recreate.code()),
        (409, "ResourceGroupBeingDeleted")
    );
    let in_progress = s.follow(&location).await;
    assert_eq!(in_progress.status, 202);
    assert_eq!(in_progress.header("Location"), Some(location.as_str()));
    let done = s.follow(&location).await;
    assert_eq!((done.status, done.text.as_str()), (200, ""));
    let gone = s.get(&rg("rg1"), RG_API).await;
    assert_eq!((gone.status, gone.code()), (404, "ResourceGroupNotFound"));
    assert_eq!(gone.message(), "Resource group 'rg1' could not be found.");
    assert_eq!(
        s.send("HEAD", &rg("rg1"), RG_API, None, Some(&s.token))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn storage_account_create_polls_location_then_updates_in_place() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    let id = storage("rg", "acct1");
    let body = json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}, "properties": {"accessTier": "Hot"}});
    let accepted = s.put(&id, STORAGE_API, &body).await;
    assert_eq!(accepted.status, 202);
    assert_eq!(accepted.text, "");
    let monitor = accepted.header("Location").unwrap().to_string();
    assert!(
        monitor.contains("/providers/Microsoft.Storage/locations/westus2/asyncoperations/"),
        "{monitor}"
    );
    assert!(monitor.contains("monitor=true"));
    // A write while the create runs is refused.
    let conflict = s.put(&id, STORAGE_API, &body).await;
    assert_eq!(
        (conflict.status, conflict.code()),
        (409, "AnotherOperationInProgress")
    );
    let done = s.poll(&monitor).await;
    assert_eq!(done.status, 200);
    assert_eq!(done.state(), "Succeeded");
    assert_eq!(
        done.json["properties"]["primaryEndpoints"]["blob"],
        "https://acct1.blob.core.windows.net/"
    );
    assert_eq!(done.json["properties"]["primaryLocation"], "westus2");
    assert_eq!(done.json["properties"]["statusOfPrimary"], "available");
    assert_eq!(done.json["sku"]["tier"], "Standard");
    assert!(done.json["systemData"]["createdAt"].is_string());

    let got = s.get(&id, STORAGE_API).await;
    assert_eq!(got.json, done.json, "GET answers what the monitor answered");
    let update = s.put(&id, STORAGE_API, &json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}, "properties": {"accessTier": "Cool"}})).await;
    assert_eq!((update.status, update.state()), (200, "Succeeded"));
    assert_eq!(update.json["properties"]["accessTier"], "Cool");
    assert_eq!(
        update.json["systemData"]["createdAt"],
        done.json["systemData"]["createdAt"]
    );
    // Storage deletes at once; deleting again is 204.
    assert_eq!(s.delete(&id, STORAGE_API).await.status, 200);
    assert_eq!(s.delete(&id, STORAGE_API).await.status, 204);
    let gone = s.get(&id, STORAGE_API).await;
    assert_eq!((gone.status, gone.code()), (404, "ResourceNotFound"));
    assert_eq!(
        gone.message(),
        "The Resource 'Microsoft.Storage/storageAccounts/acct1' under resource group 'rg' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"
    );
}

#[tokio::test]
async fn storage_children_exist_with_the_account_and_containers_answer_minimally() {
    let s = start("lro:\n  default:\n    retryAfter: 0\n    create: sync\n").await;
    s.resource_group("rg").await;
    let acct = storage("rg", "acct2");
    s.put(
        &acct,
        STORAGE_API,
        &json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}}),
    )
    .await;
    let blob = s
        .get(&format!("{acct}/blobServices/default"), STORAGE_API)
        .await;
    assert_eq!(blob.status, 200, "{}", blob.text);
    assert_eq!(
        blob.json["type"],
        "Microsoft.Storage/storageAccounts/blobServices"
    );
    let container = format!("{acct}/blobServices/default/containers/cont1");
    let created = s
        .put(
            &container,
            STORAGE_API,
            &json!({"properties": {"publicAccess": "None"}}),
        )
        .await;
    assert_eq!(created.status, 201);
    assert_eq!(
        created.json,
        json!({"id": format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct2/blobServices/default/containers/cont1"), "name": "cont1", "type": "Microsoft.Storage/storageAccounts/blobServices/containers"})
    );
    assert_eq!(
        s.get(&container, STORAGE_API).await.json["properties"]["publicAccess"],
        "None"
    );
    assert_eq!(s.delete(&container, STORAGE_API).await.status, 200);
    let missing = s.get(&container, STORAGE_API).await;
    assert_eq!((missing.status, missing.code()), (404, "ContainerNotFound"));
    // A singleton child is only ever named `default`.
    let wrong = s
        .put(
            &format!("{acct}/blobServices/other"),
            STORAGE_API,
            &json!({}),
        )
        .await;
    assert_eq!((wrong.status, wrong.code()), (400, "InvalidResourceName"));
}

#[tokio::test]
async fn identity_create_answers_201_with_relative_location() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    let id = identity("rg", "mi1");
    let created = s.put(&id, MI_API, &json!({"location": "westus2"})).await;
    assert_eq!(created.status, 201);
    assert_eq!(
        created.header("Location"),
        Some(id.as_str()),
        "relative Location: the resource itself"
    );
    let p = &created.json["properties"];
    assert!(
        p.get("provisioningState").is_none(),
        "managed identities carry no provisioningState: {p}"
    );
    for field in ["principalId", "clientId", "tenantId"] {
        assert!(
            uuid::Uuid::parse_str(p[field].as_str().unwrap()).is_ok(),
            "{field}: {p}"
        );
    }
    let again = s
        .put(
            &id,
            MI_API,
            &json!({"location": "westus2", "tags": {"x": "y"}}),
        )
        .await;
    assert_eq!(again.status, 200);
    assert_eq!(
        again.json["properties"]["principalId"], p["principalId"],
        "stable while the identity lives"
    );
    let fic = format!("{id}/federatedIdentityCredentials/fic1");
    let fic_body = json!({"properties": {"issuer": "https://kube.local", "subject": "system:serviceaccount:ns:sa", "audiences": ["api://AzureADTokenExchange"]}});
    assert_eq!(s.put(&fic, MI_API, &fic_body).await.status, 201);
    assert_eq!(s.delete(&id, MI_API).await.status, 200);
    let orphan = s.delete(&fic, MI_API).await;
    assert_eq!(
        (orphan.status, orphan.code()),
        (404, "ParentResourceNotFound")
    );
    assert_eq!(
        orphan.message(),
        format!(
            "Failed to perform 'delete' on resource(s) of type 'userAssignedIdentities/federatedIdentityCredentials', because the parent resource '{id}' could not be found."
        )
    );
    let recreated = s.put(&id, MI_API, &json!({"location": "westus2"})).await;
    assert_ne!(
        recreated.json["properties"]["principalId"], p["principalId"],
        "a new identity is a new principal"
    );
}

#[tokio::test]
async fn servicebus_namespace_shows_created_then_succeeded_and_deletes_through_operation_status() {
    // Without a test Retry-After, Service Bus answers as recorded: no Retry-After header.
    let s = start("lro:\n  default:\n    progress: polls\n").await;
    s.resource_group("rg").await;
    let ns = sb_namespace("rg", "sbns1");
    let created = s
        .put(
            &ns,
            SB_API,
            &json!({"location": "westus2", "sku": {"name": "Standard"}}),
        )
        .await;
    assert_eq!((created.status, created.state()), (200, "Created"));
    assert_eq!(
        created.json["properties"]["serviceBusEndpoint"],
        "https://sbns1.servicebus.windows.net:443/"
    );
    assert_eq!(
        s.get(&ns, SB_API).await.state(),
        "Created",
        "one poll sees the transitional state"
    );
    assert_eq!(s.get(&ns, SB_API).await.state(), "Succeeded");
    let updated = s
        .put(
            &ns,
            SB_API,
            &json!({"location": "westus2", "sku": {"name": "Standard"}, "tags": {"t": "1"}}),
        )
        .await;
    assert_eq!(updated.state(), "Updating");
    s.get(&ns, SB_API).await;
    assert_eq!(s.get(&ns, SB_API).await.state(), "Succeeded");

    // The root rule exists with the namespace; listKeys answers connection strings.
    let root = format!("{ns}/AuthorizationRules/RootManageSharedAccessKey");
    let keys = s.post(&format!("{root}/listKeys"), SB_API, None).await;
    assert_eq!(keys.status, 200, "{}", keys.text);
    let cs = keys.json["primaryConnectionString"].as_str().unwrap();
    assert!(cs.starts_with("Endpoint=sb://sbns1.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey="));
    assert_eq!(
        keys.json,
        s.post(&format!("{root}/listKeys"), SB_API, None).await.json,
        "keys are stable"
    );
    let rule = format!("{ns}/AuthorizationRules/rule1");
    assert_eq!(
        s.put(
            &rule,
            SB_API,
            &json!({"properties": {"rights": ["Listen", "Send"]}})
        )
        .await
        .status,
        200
    );
    let rule_keys = s.post(&format!("{rule}/listKeys"), SB_API, None).await;
    assert_eq!(rule_keys.json["keyName"], "rule1");
    let regenerated = s
        .post(
            &format!("{rule}/regenerateKeys"),
            SB_API,
            Some(&json!({"keyType": "PrimaryKey"})),
        )
        .await;
    assert_ne!(regenerated.json["primaryKey"], rule_keys.json["primaryKey"]);
    assert_eq!(
        regenerated.json["secondaryKey"],
        rule_keys.json["secondaryKey"]
    );

    let deleting = s.delete(&ns, SB_API).await;
    assert_eq!(deleting.status, 202);
    assert_eq!(
        deleting.header("Retry-After"),
        None,
        "Service Bus sends no Retry-After"
    );
    let monitor = deleting.header("Location").unwrap().to_string();
    assert!(
        monitor.contains("/providers/Microsoft.ServiceBus/locations/westus2/operationStatus/"),
        "{monitor}"
    );
    assert_eq!(s.follow(&monitor).await.status, 202);
    assert_eq!(s.follow(&monitor).await.status, 204);
    assert_eq!(s.get(&ns, SB_API).await.code(), "ResourceNotFound");
}

#[tokio::test]
async fn key_vault_registers_dns_then_soft_deletes_recovers_and_purges() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    s.resource_group("other").await;
    let kv = vault("rg", "kv1");
    let body = |mode: &str| json!({"location": "westus2", "properties": {"tenantId": SUB, "sku": {"family": "A", "name": "standard"}, "accessPolicies": [], "createMode": mode}});
    let created = s.put(&kv, KV_API, &body("default")).await;
    assert_eq!((created.status, created.state()), (200, "RegisteringDns"));
    assert_eq!(
        created.json["properties"]["vaultUri"],
        "https://kv1.vault.azure.net/"
    );
    s.get(&kv, KV_API).await;
    assert_eq!(s.get(&kv, KV_API).await.state(), "Succeeded");
    let deleted_url = format!(
        "/subscriptions/{SUB}/providers/Microsoft.KeyVault/locations/westus2/deletedVaults/kv1"
    );
    let not_deleted = s.get(&deleted_url, KV_API).await;
    assert_eq!(
        (not_deleted.status, not_deleted.code()),
        (404, "DeletedVaultNotFound")
    );

    assert_eq!(s.delete(&kv, KV_API).await.status, 200);
    let deleted = s.get(&deleted_url, KV_API).await;
    assert_eq!(deleted.status, 200);
    assert_eq!(
        deleted.json["properties"]["vaultId"],
        format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1")
    );
    let listed = s
        .get(
            &format!("/subscriptions/{SUB}/providers/Microsoft.KeyVault/deletedVaults"),
            KV_API,
        )
        .await;
    assert_eq!(listed.json["value"].as_array().unwrap().len(), 1);
    // The name is held: a plain create conflicts, a recover elsewhere fails, a recover here works.
    assert_eq!(
        s.put(&kv, KV_API, &body("default")).await.code(),
        "ConflictError"
    );
    assert_eq!(
        s.put(&vault("other", "kv1"), KV_API, &body("recover"))
            .await
            .status,
        409
    );
    let recovered = s.put(&kv, KV_API, &body("recover")).await;
    assert_eq!((recovered.status, recovered.state()), (200, "Succeeded"));
    assert_eq!(s.get(&deleted_url, KV_API).await.status, 404);
    // Recover with nothing to recover.
    assert_eq!(
        s.put(&vault("rg", "kv2"), KV_API, &body("recover"))
            .await
            .code(),
        "DeletedVaultNotFound"
    );

    // Deleting the resource group soft-deletes its vaults; purge removes them for good.
    let rg_delete = s.delete(&rg("rg"), RG_API).await;
    s.poll(rg_delete.header("Location").unwrap()).await;
    assert_eq!(s.get(&deleted_url, KV_API).await.status, 200);
    let purge = s.post(&format!("{deleted_url}/purge"), KV_API, None).await;
    assert_eq!(purge.status, 202);
    let monitor = purge.header("Location").unwrap().to_string();
    assert!(monitor.contains("/providers/Microsoft.KeyVault/locations/westus2/operationResults/"));
    let status = s.follow(&monitor).await;
    assert_eq!(
        (status.status, status.json["status"].as_str()),
        (200, Some("Succeeded"))
    );
    assert_eq!(s.get(&deleted_url, KV_API).await.status, 404);
}

#[tokio::test]
async fn deleting_a_resource_group_deletes_everything_under_it() {
    let s = start("lro:\n  default:\n    retryAfter: 0\n    polls: 0\n").await;
    s.resource_group("rg").await;
    s.resource_group("keep").await;
    let mi = identity("rg", "mi");
    s.put(&mi, MI_API, &json!({"location": "westus2"})).await;
    s.put(
        &format!("{mi}/federatedIdentityCredentials/f"),
        MI_API,
        &json!({"properties": {"issuer": "i", "subject": "s", "audiences": ["a"]}}),
    )
    .await;
    s.put(
        &identity("keep", "mi"),
        MI_API,
        &json!({"location": "westus2"}),
    )
    .await;
    // A write into a resource group being deleted is refused.
    let deleting = s.delete(&rg("rg"), RG_API).await;
    let late = s
        .put(
            &identity("rg", "late"),
            MI_API,
            &json!({"location": "westus2"}),
        )
        .await;
    assert_eq!(
        (late.status, late.code()),
        (409, "ResourceGroupBeingDeleted")
    );
    s.poll(deleting.header("Location").unwrap()).await;
    let orphan = s.get(&mi, MI_API).await;
    assert_eq!(
        (orphan.status, orphan.code()),
        (404, "ResourceGroupNotFound")
    );
    assert_eq!(s.get(&identity("keep", "mi"), MI_API).await.status, 200);
    assert_eq!(
        s.sim.resource_count(),
        2,
        "only the other group and its identity remain"
    );
}

#[tokio::test]
async fn patch_merges_and_create_only_properties_stay() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    let id = identity("rg", "mi");
    s.put(
        &id,
        MI_API,
        &json!({"location": "westus2", "tags": {"a": "1", "b": "2"}}),
    )
    .await;
    let patched = s
        .patch(&id, MI_API, &json!({"tags": {"b": null, "c": "3"}}))
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(patched.json["tags"], json!({"a": "1", "c": "3"}));
    let missing = s
        .patch(&identity("rg", "nope"), MI_API, &json!({"tags": {}}))
        .await;
    assert_eq!(missing.status, 404);
    let moved = s.put(&id, MI_API, &json!({"location": "eastus"})).await;
    assert_eq!(
        (moved.status, moved.code()),
        (409, "InvalidResourceLocation")
    );
    // `West US 2` is `westus2`.
    assert_eq!(
        s.put(&id, MI_API, &json!({"location": "West US 2"}))
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn collections_page_with_next_links() {
    let s = start("pageSize: 3\nlro:\n  default:\n    retryAfter: 0\n").await;
    s.resource_group("rg").await;
    s.resource_group("rg2").await;
    for i in 0..7 {
        s.put(
            &identity("rg", &format!("mi{i}")),
            MI_API,
            &json!({"location": "westus2"}),
        )
        .await;
    }
    s.put(
        &identity("rg2", "elsewhere"),
        MI_API,
        &json!({"location": "westus2"}),
    )
    .await;
    let mut names = Vec::new();
    let mut next = Some(format!(
        "{}/providers/Microsoft.ManagedIdentity/userAssignedIdentities?api-version={MI_API}",
        rg("rg")
    ));
    let mut pages = 0;
    while let Some(url) = next {
        let page = s.follow(&url).await;
        assert_eq!(page.status, 200, "{}", page.text);
        pages += 1;
        names.extend(
            page.json["value"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["name"].as_str().unwrap().to_string()),
        );
        next = page
            .json
            .get("nextLink")
            .and_then(Value::as_str)
            .map(str::to_string);
    }
    assert_eq!(pages, 3);
    assert_eq!(names, (0..7).map(|i| format!("mi{i}")).collect::<Vec<_>>());
    let all = s.get(&format!("/subscriptions/{SUB}/providers/Microsoft.ManagedIdentity/userAssignedIdentities?$top=100"), MI_API).await;
    assert_eq!(
        all.json["value"].as_array().unwrap().len(),
        8,
        "subscription-wide list spans groups"
    );
    let groups = s
        .get(
            &format!("/subscriptions/{SUB}/resourcegroups?$top=10"),
            RG_API,
        )
        .await;
    assert_eq!(groups.json["value"].as_array().unwrap().len(), 2);
    let generic = s
        .get(&format!("{}/resources?$top=100", rg("rg2")), RG_API)
        .await;
    assert_eq!(
        generic.json["value"][0]["type"],
        "Microsoft.ManagedIdentity/userAssignedIdentities"
    );
    let filtered = s
        .get(&format!("/subscriptions/{SUB}/resources?$top=100&$filter=resourceType eq 'Microsoft.ManagedIdentity/userAssignedIdentities'"), RG_API)
        .await;
    assert_eq!(filtered.json["value"].as_array().unwrap().len(), 8);
    let children = s
        .get(
            &format!("{}/federatedIdentityCredentials", identity("rg", "mi0")),
            MI_API,
        )
        .await;
    assert_eq!(children.json["value"], json!([]));
}

#[tokio::test]
async fn provider_registration() {
    let s = start("subscriptions:\n  - id: 00000000-0000-0000-0000-000000000000\n    unregisteredProviders: [Microsoft.Cache]\n").await;
    s.resource_group("rg").await;
    let redis = format!("{}/providers/Microsoft.Cache/redis/c", rg("rg"));
    let body = json!({"location": "westus2", "properties": {"sku": {"name": "Basic", "family": "C", "capacity": 0}}});
    let refused = s.put(&redis, "2023-04-01", &body).await;
    assert_eq!(
        (refused.status, refused.code()),
        (409, "MissingSubscriptionRegistration")
    );
    let provider = format!("/subscriptions/{SUB}/providers/Microsoft.Cache");
    assert_eq!(
        s.get(&provider, RG_API).await.json["registrationState"],
        "NotRegistered"
    );
    let registering = s.post(&format!("{provider}/register"), RG_API, None).await;
    assert_eq!(registering.json["registrationState"], "Registering");
    assert_eq!(
        s.get(&provider, RG_API).await.json["registrationState"],
        "Registering"
    );
    assert_eq!(
        s.get(&provider, RG_API).await.json["registrationState"],
        "Registered"
    );
    assert_eq!(s.put(&redis, "2023-04-01", &body).await.status, 201);
    let all = s
        .get(&format!("/subscriptions/{SUB}/providers"), RG_API)
        .await;
    let storage = all.json["value"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["namespace"] == "Microsoft.Storage")
        .unwrap()
        .clone();
    assert!(
        storage["resourceTypes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["resourceType"] == "storageAccounts"
                && t["apiVersions"]
                    .as_array()
                    .unwrap()
                    .contains(&json!(STORAGE_API)))
    );
    assert_eq!(
        s.get(&format!("/subscriptions/{SUB}"), RG_API).await.json["subscriptionId"],
        SUB
    );
    assert_eq!(
        s.get("/subscriptions", RG_API).await.json["value"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(
        s.get(&format!("/subscriptions/{SUB}/locations"), RG_API)
            .await
            .json["value"]
            .as_array()
            .unwrap()
            .len()
            > 3
    );
}

#[tokio::test]
async fn journal_and_counters_record_requests_in_order() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    s.get(&identity("rg", "absent"), MI_API).await;
    let journal: Value = s
        .client
        .get(format!("{}/_armsim/requests", s.sim.base_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        journal,
        json!([
            {"method": "PUT", "url": format!("/subscriptions/{SUB}/resourceGroups/rg?api-version={RG_API}"), "status": 201, "body": {"location": "westus2"}},
            {"method": "GET", "url": format!("/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/absent?api-version={MI_API}"), "status": 404, "body": null},
        ])
    );
    let counters: Value = s
        .client
        .get(format!("{}/_armsim/counters", s.sim.base_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(counters["byMethod"], json!({"GET": 1, "PUT": 1}));
    assert_eq!(
        counters["byType"]["Microsoft.ManagedIdentity/userAssignedIdentities"]["GET"],
        1
    );
    assert_eq!(counters["byStatus"]["404"], 1);
    let cleared = s
        .client
        .delete(format!("{}/_armsim/requests", s.sim.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(cleared.status(), 204);
    assert_eq!(s.sim.journal(), vec![]);
}

#[tokio::test]
async fn plain_http_serves_too() {
    let sim = aso_armsim::ArmSim::builder().http().start().await.unwrap();
    assert!(sim.base_url().starts_with("http://"));
    assert!(sim.ca_pem().is_none());
    let client = sim.client().unwrap();
    let r = client
        .put(format!(
            "{}/subscriptions/{SUB}/resourceGroups/plain?api-version={RG_API}",
            sim.base_url()
        ))
        .bearer_auth(sim.token_for("c"))
        .json(&json!({"location": "westus2"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    assert_eq!(r.version(), reqwest::Version::HTTP_11);
}

#[tokio::test]
async fn https_negotiates_http2() {
    let s = start(FAST).await;
    let r = s
        .client
        .get(s.url(&format!("{}?api-version={RG_API}", rg("none"))))
        .bearer_auth(&s.token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.version(), reqwest::Version::HTTP_2);
    assert_eq!(r.status(), 404);
    assert!(r.headers().get("x-ms-request-id").is_some());
}
