//! Bad requests get the ARM error a real client would see: code, wording, target.

use crate::common::*;
use serde_json::json;

fn account() -> serde_json::Value {
    json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}})
}

#[tokio::test]
async fn api_version_problems() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    let missing = s.put(&storage("rg", "acct"), "", &account()).await;
    assert_eq!(
        (missing.status, missing.code()),
        (400, "MissingApiVersionParameter")
    );
    assert_eq!(
        missing.message(),
        "The api-version query parameter (?api-version=) is required for all requests."
    );

    let unknown = s
        .put(&storage("rg", "acct"), "2099-01-01", &account())
        .await;
    assert_eq!(
        (unknown.status, unknown.code()),
        (400, "NoRegisteredProviderFound")
    );
    // Every version the catalog serves for the type, newest first.
    let mut served: Vec<&str> = catalog()
        .iter()
        .filter(|k| k.arm_type == "Microsoft.Storage/storageAccounts")
        .map(|k| k.api_version)
        .collect();
    served.sort_unstable_by(|a, b| b.cmp(a));
    served.dedup();
    assert!(
        unknown.message().starts_with(&format!(
            "No registered resource provider found for location 'westus2' and API version '2099-01-01' for type 'storageAccounts'. The supported api-versions are '{}'.",
            served.join(", ")
        )),
        "{}",
        unknown.message()
    );
    // ARM's own types answer for themselves.
    let get_unknown = s.get(&rg("rg"), "1999-01-01").await;
    assert_eq!(
        (get_unknown.status, get_unknown.code()),
        (400, "InvalidApiVersionParameter")
    );
    assert!(
        get_unknown.message().starts_with(
            "The api-version '1999-01-01' is invalid. The supported versions are '2025-03-01,"
        ),
        "{}",
        get_unknown.message()
    );
    assert!(get_unknown.message().contains(&format!(",{RG_API},")));
}

#[tokio::test]
async fn unknown_types_and_namespaces() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    let bad_type = s
        .put(
            &format!("{}/providers/Microsoft.Storage/storageWidgets/w", rg("rg")),
            "2023-01-01",
            &json!({}),
        )
        .await;
    assert_eq!(
        (bad_type.status, bad_type.code()),
        (400, "InvalidResourceType")
    );
    assert_eq!(
        bad_type.message(),
        "The resource type 'storageWidgets' could not be found in the namespace 'Microsoft.Storage' for api version '2023-01-01'."
    );
    let bad_ns = s
        .get(
            &format!("{}/providers/Microsoft.Nope/things/t", rg("rg")),
            "2023-01-01",
        )
        .await;
    assert_eq!(
        (bad_ns.status, bad_ns.code()),
        (400, "InvalidResourceNamespace")
    );

    // Accepting unknown types stores and echoes them, still checking parents and api-version.
    let lenient =
        start("unknownTypes: accept\nlro:\n  default:\n    retryAfter: 0\n    create: sync\n")
            .await;
    lenient.resource_group("rg").await;
    let thing = format!("{}/providers/Microsoft.Nope/things/t", rg("rg"));
    let created = lenient
        .put(
            &thing,
            "2024-01-01",
            &json!({"location": "westus2", "properties": {"size": 3}}),
        )
        .await;
    assert_eq!((created.status, created.state()), (201, "Succeeded"));
    assert_eq!(
        lenient.get(&thing, "2024-01-01").await.json["properties"]["size"],
        3
    );
    assert_eq!(
        lenient.get(&thing, "").await.code(),
        "MissingApiVersionParameter"
    );
    let orphan = lenient
        .put(&format!("{thing}/parts/p"), "2024-01-01", &json!({}))
        .await;
    assert_eq!(orphan.status, 201, "{}", orphan.text);
    let no_parent = lenient
        .put(
            &format!(
                "{}/providers/Microsoft.Nope/things/absent/parts/p",
                rg("rg")
            ),
            "2024-01-01",
            &json!({}),
        )
        .await;
    assert_eq!(
        (no_parent.status, no_parent.code()),
        (404, "ParentResourceNotFound")
    );
    let no_rg = lenient
        .put(
            &format!("{}/providers/Microsoft.Nope/things/t", rg("nowhere")),
            "2024-01-01",
            &json!({"location": "westus2"}),
        )
        .await;
    assert_eq!((no_rg.status, no_rg.code()), (404, "ResourceGroupNotFound"));
}

#[tokio::test]
async fn body_validation_against_the_schema() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    let id = storage("rg", "acct");
    let bad_enum = s
        .put(&id, STORAGE_API, &json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}, "properties": {"accessTier": "Lukewarm"}}))
        .await;
    assert_eq!(
        (bad_enum.status, bad_enum.code()),
        (400, "InvalidRequestContent")
    );
    assert_eq!(bad_enum.json["error"]["target"], "properties.accessTier");
    assert!(
        bad_enum.message().contains("\"Lukewarm\"") && bad_enum.message().contains("Hot"),
        "{}",
        bad_enum.message()
    );
    // Open enums (x-ms-enum modelAsString) accept other values, as ARM passes them through.
    let open_enum = s
        .put(
            &id,
            STORAGE_API,
            &json!({"location": "westus2", "kind": "StorageV9", "sku": {"name": "Standard_LRS"}}),
        )
        .await;
    assert_eq!(open_enum.status, 202, "{}", open_enum.text);

    let missing = s
        .put(
            &storage("rg", "acct2"),
            STORAGE_API,
            &json!({"location": "westus2", "kind": "StorageV2"}),
        )
        .await;
    assert_eq!(
        (missing.status, missing.code()),
        (400, "InvalidRequestContent")
    );
    assert_eq!(missing.json["error"]["target"], "sku");
    assert_eq!(
        missing.message(),
        "The request content was invalid and could not be deserialized: 'Required property 'sku' not found in JSON. Path '''."
    );
    let no_location = s
        .put(
            &storage("rg", "acct3"),
            STORAGE_API,
            &json!({"kind": "StorageV2", "sku": {"name": "Standard_LRS"}}),
        )
        .await;
    assert_eq!(
        (no_location.status, no_location.code()),
        (400, "LocationRequired")
    );
    let wrong_type = s
        .put(
            &storage("rg", "acct4"),
            STORAGE_API,
            &json!({"location": "westus2", "kind": "StorageV2", "sku": "Standard_LRS"}),
        )
        .await;
    assert_eq!(wrong_type.code(), "InvalidRequestContent");
    let not_json = s
        .send(
            "PUT",
            &storage("rg", "acct5"),
            STORAGE_API,
            None,
            Some(&s.token),
        )
        .await;
    assert_eq!(
        (not_json.status, not_json.code()),
        (400, "InvalidRequestContent")
    );
    let several = s
        .put(
            &identity("rg", "mi"),
            MI_API,
            &json!({"location": "westus2"}),
        )
        .await;
    assert_eq!(several.status, 201);
    let fic = s
        .put(
            &format!("{}/federatedIdentityCredentials/fic1", identity("rg", "mi")),
            MI_API,
            &json!({"properties": {"issuer": 7}}),
        )
        .await;
    assert_eq!(fic.code(), "InvalidRequestContent");
    let details = fic.json["error"]["details"].as_array().unwrap();
    assert!(details.len() >= 2, "every problem is listed: {}", fic.text);
}

#[tokio::test]
async fn names_follow_the_kind_rules() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    let bad = s
        .put(&storage("rg", "Not_Valid"), STORAGE_API, &account())
        .await;
    assert_eq!((bad.status, bad.code()), (400, "AccountNameInvalid"));
    assert_eq!(
        bad.message(),
        "Not_Valid is not a valid storage account name. Storage account name must be between 3 and 24 characters in length and use numbers and lower-case letters only."
    );
    let vault = s.put(&vault("rg", "v_1"), KV_API, &json!({"location": "westus2", "properties": {"tenantId": SUB, "sku": {"family": "A", "name": "standard"}}})).await;
    assert_eq!((vault.status, vault.code()), (400, "InvalidResourceName"));
    // Names unique across Azure.
    s.resource_group("rg2").await;
    s.put(&storage("rg", "taken"), STORAGE_API, &account())
        .await;
    let taken = s
        .put(&storage("rg2", "taken"), STORAGE_API, &account())
        .await;
    assert_eq!(
        (taken.status, taken.code()),
        (409, "StorageAccountAlreadyTaken")
    );
}

#[tokio::test]
async fn missing_parents() {
    let s = start(FAST).await;
    let no_rg = s
        .put(
            &identity("nowhere", "mi"),
            MI_API,
            &json!({"location": "westus2"}),
        )
        .await;
    assert_eq!((no_rg.status, no_rg.code()), (404, "ResourceGroupNotFound"));
    assert_eq!(
        no_rg.message(),
        "Resource group 'nowhere' could not be found."
    );
    let no_rg_delete = s.delete(&storage("nowhere", "acct"), STORAGE_API).await;
    assert_eq!(no_rg_delete.code(), "ResourceGroupNotFound");
    s.resource_group("rg").await;
    let no_account = s
        .put(
            &format!(
                "{}/blobServices/default/containers/cont1",
                storage("rg", "absent")
            ),
            STORAGE_API,
            &json!({}),
        )
        .await;
    assert_eq!(
        (no_account.status, no_account.code()),
        (404, "ParentResourceNotFound")
    );
    assert_eq!(
        no_account.message(),
        "Can not perform requested operation on nested resource. Parent resource 'absent' not found."
    );
    let no_namespace = s
        .delete(
            &format!("{}/AuthorizationRules/r", sb_namespace("rg", "absent")),
            SB_API,
        )
        .await;
    assert_eq!(no_namespace.code(), "ParentResourceNotFound");
    assert!(
        no_namespace
            .message()
            .contains("of type 'namespaces/AuthorizationRules'"),
        "{}",
        no_namespace.message()
    );
    let no_scope = s
        .put(
            &format!("{}/providers/Microsoft.Authorization/roleAssignments/00000000-0000-0000-0000-000000000001", identity("rg", "absent")),
            RA_API,
            &json!({"properties": {"roleDefinitionId": "x", "principalId": "y"}}),
        )
        .await;
    assert_eq!(
        (no_scope.status, no_scope.code()),
        (404, "ResourceNotFound")
    );
    let unknown_sub = s
        .get(
            &rg("x").replace(SUB, "11111111-1111-1111-1111-111111111111"),
            RG_API,
        )
        .await;
    assert_eq!(
        (unknown_sub.status, unknown_sub.code()),
        (404, "SubscriptionNotFound")
    );
    let nonsense = s
        .get(
            &format!("/subscriptions/{SUB}/resourceGroups/rg/bogus/segments"),
            RG_API,
        )
        .await;
    assert_eq!(nonsense.status, 404);
}

#[tokio::test]
async fn linked_resources_and_identities() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    let mi = identity("rg", "mi-absent");
    let with_identity = s
        .put(
            &storage("rg", "acct"),
            STORAGE_API,
            &json!({
                "location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"},
                "identity": {"type": "UserAssigned", "userAssignedIdentities": {mi.clone(): {}}}
            }),
        )
        .await;
    assert_eq!(
        (with_identity.status, with_identity.code()),
        (400, "FailedIdentityOperation")
    );
    assert!(
        with_identity
            .message()
            .contains(&format!("Resource '{mi}' was not found."))
    );
    s.put(&mi, MI_API, &json!({"location": "westus2"})).await;
    let created = s
        .put(&storage("rg", "acct"), STORAGE_API, &json!({
            "location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"},
            "identity": {"type": "SystemAssigned,UserAssigned", "userAssignedIdentities": {mi.clone(): {}}}
        }))
        .await;
    let done = s.poll(created.header("Location").unwrap()).await;
    let uai = &done.json["identity"]["userAssignedIdentities"][&mi];
    assert_eq!(
        uai["principalId"],
        s.get(&mi, MI_API).await.json["properties"]["principalId"]
    );
    assert!(
        done.json["identity"]["principalId"].is_string(),
        "system-assigned identity: {}",
        done.text
    );

    let bad_link = s
        .put(
            &vault("rg", "kv-link"),
            KV_API,
            &json!({"location": "westus2", "properties": {
                "tenantId": SUB, "sku": {"family": "A", "name": "standard"},
                "networkAcls": {"virtualNetworkRules": [{"id": "/subscriptions/x/resourceGroups"}]}
            }}),
        )
        .await;
    assert_eq!(
        (bad_link.status, bad_link.code()),
        (400, "LinkedInvalidPropertyId")
    );

    let assignment = format!(
        "{}/providers/Microsoft.Authorization/roleAssignments/11111111-2222-3333-4444-555555555555",
        rg("rg")
    );
    let role = format!(
        "/subscriptions/{SUB}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"
    );
    let unknown_principal = s
        .put(&assignment, RA_API, &json!({"properties": {"roleDefinitionId": role, "principalId": "07ef5046-5a76-4bd1-810f-d23d72476aac"}}))
        .await;
    assert_eq!(
        (unknown_principal.status, unknown_principal.code()),
        (400, "PrincipalNotFound")
    );
    assert!(
        unknown_principal.message().starts_with(
            "Principal 07ef50465a764bd1810fd23d72476aac does not exist in the directory"
        )
    );
    let principal = s.get(&mi, MI_API).await.json["properties"]["principalId"].clone();
    let ok = s
        .put(&assignment, RA_API, &json!({"properties": {"roleDefinitionId": role, "principalId": principal, "principalType": "ServicePrincipal"}}))
        .await;
    assert_eq!(ok.status, 201, "{}", ok.text);
    assert_eq!(ok.json["properties"]["scope"], rg("rg"));
    let deleted = s.delete(&assignment, RA_API).await;
    assert_eq!(
        (deleted.status, deleted.json["name"].as_str()),
        (200, Some("11111111-2222-3333-4444-555555555555"))
    );
    let gone = s.get(&assignment, RA_API).await;
    assert_eq!((gone.status, gone.code()), (404, "RoleAssignmentNotFound"));
}

#[tokio::test]
async fn create_only_properties_cannot_change() {
    let s = start("lro:\n  default:\n    retryAfter: 0\n    create: sync\n").await;
    s.resource_group("rg").await;
    let pg = format!(
        "{}/providers/Microsoft.DBforPostgreSQL/flexibleServers/pgserver1",
        rg("rg")
    );
    let body = |zone: &str| {
        json!({"location": "westus2", "sku": {"name": "Standard_B1ms", "tier": "Burstable"},
               "properties": {"administratorLogin": "admin", "administratorLoginPassword": "pw", "version": "14", "availabilityZone": zone,
                              "storage": {"storageSizeGB": 32}}})
    };
    let created = s.put(&pg, "2022-12-01", &body("1")).await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(
        created.json["properties"]["fullyQualifiedDomainName"],
        "pgserver1.postgres.database.azure.com"
    );
    let changed = s
        .put(
            &pg,
            "2022-12-01",
            &json!({"location": "westus2", "sku": {"name": "Standard_B1ms", "tier": "Burstable"},
        "properties": {"administratorLogin": "someoneelse", "version": "14"}}),
        )
        .await;
    assert_eq!(
        (changed.status, changed.code()),
        (409, "PropertyChangeNotAllowed")
    );
    assert_eq!(
        changed.json["error"]["target"],
        "properties.administratorLogin"
    );
}
