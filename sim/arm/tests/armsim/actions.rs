//! POST actions: the keys and connection strings exports read, per provider, stable until
//! regenerated.

use crate::common::*;
use serde_json::json;

#[tokio::test]
async fn export_actions_answer_deterministic_keys() {
    let s = start("lro:\n  default:\n    retryAfter: 0\n    create: sync\n").await;
    s.resource_group("rg").await;
    let acct = storage("rg", "keys1");
    s.put(
        &acct,
        STORAGE_API,
        &json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}}),
    )
    .await;
    let keys = s.post(&format!("{acct}/listKeys"), STORAGE_API, None).await;
    assert_eq!(keys.status, 200);
    assert_eq!(keys.json["keys"][0]["keyName"], "key1");
    assert_eq!(keys.json["keys"][0]["permissions"], "FULL");
    let regenerated = s
        .post(
            &format!("{acct}/regenerateKey"),
            STORAGE_API,
            Some(&json!({"keyName": "key2"})),
        )
        .await;
    assert_eq!(
        regenerated.json["keys"][0]["value"],
        keys.json["keys"][0]["value"]
    );
    assert_ne!(
        regenerated.json["keys"][1]["value"],
        keys.json["keys"][1]["value"]
    );
    let unknown = s
        .post(&format!("{acct}/frobnicate"), STORAGE_API, None)
        .await;
    assert_eq!(unknown.status, 404);

    let redis = format!("{}/providers/Microsoft.Cache/redis/cache1", rg("rg"));
    let r = s.put(&redis, "2023-04-01", &json!({"location": "westus2", "properties": {"sku": {"name": "Basic", "family": "C", "capacity": 0}}})).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(
        r.json["properties"]["hostName"],
        "cache1.redis.cache.windows.net"
    );
    assert_eq!(r.json["properties"]["sslPort"], 6380);
    let rk = s
        .post(&format!("{redis}/listKeys"), "2023-04-01", None)
        .await;
    assert_eq!(rk.json["primaryKey"].as_str().unwrap().len(), 44);

    let cosmos = format!(
        "{}/providers/Microsoft.DocumentDB/databaseAccounts/db1",
        rg("rg")
    );
    let c = s
        .put(&cosmos, "2023-11-15", &json!({"location": "westus2", "properties": {"databaseAccountOfferType": "Standard", "locations": [{"locationName": "westus2"}]}}))
        .await;
    assert_eq!(c.status, 201, "{}", c.text);
    assert_eq!(
        c.json["properties"]["documentEndpoint"],
        "https://db1.documents.azure.com:443/"
    );
    let ck = s
        .post(&format!("{cosmos}/listKeys"), "2023-11-15", None)
        .await;
    let cs = s
        .post(
            &format!("{cosmos}/listConnectionStrings"),
            "2023-11-15",
            None,
        )
        .await;
    let first = cs.json["connectionStrings"][0]["connectionString"]
        .as_str()
        .unwrap();
    assert!(
        first.contains(ck.json["primaryMasterKey"].as_str().unwrap()),
        "{first}"
    );

    let eh = format!(
        "{}/providers/Microsoft.EventHub/namespaces/eventhubns1",
        rg("rg")
    );
    s.put(
        &eh,
        "2021-11-01",
        &json!({"location": "westus2", "sku": {"name": "Standard"}}),
    )
    .await;
    s.put(
        &format!("{eh}/eventhubs/hub1"),
        "2021-11-01",
        &json!({"properties": {}}),
    )
    .await;
    let hub_rule = format!("{eh}/eventhubs/hub1/authorizationRules/r1");
    assert_eq!(
        s.put(
            &hub_rule,
            "2021-11-01",
            &json!({"properties": {"rights": ["Listen"]}})
        )
        .await
        .status,
        200
    );
    let hk = s
        .post(&format!("{hub_rule}/listKeys"), "2021-11-01", None)
        .await;
    assert!(
        hk.json["primaryConnectionString"]
            .as_str()
            .unwrap()
            .ends_with(";EntityPath=hub1")
    );

    let sql = format!("{}/providers/Microsoft.Sql/servers/sql1", rg("rg"));
    let created = s
        .put(&sql, "2021-11-01", &json!({"location": "westus2", "properties": {"administratorLogin": "admin", "administratorLoginPassword": "hunter2"}}))
        .await;
    assert_eq!(
        created.json["properties"]["fullyQualifiedDomainName"],
        "sql1.database.windows.net"
    );
    assert!(
        created.json["properties"]
            .get("administratorLoginPassword")
            .is_none(),
        "secrets are never returned"
    );
    assert!(!s.get(&sql, "2021-11-01").await.text.contains("hunter2"));
}
