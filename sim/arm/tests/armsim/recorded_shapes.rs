//! Every shape of answer in the visible recordings is one the live simulator produces.
//!
//! A shape is what a client branches on: method, status, which monitor headers come (Location
//! absolute or relative, Azure-AsyncOperation, Retry-After), the ARM error code, a transitional
//! provisioning state, and for 200s whether there is a body. The shapes are read from all
//! cassettes; scenarios against the live simulator (not replay) must produce each of them.

use std::collections::BTreeMap;

use crate::common::*;
use aso_armsim::Cassette;
use serde_json::{Value, json};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Shape {
    method: String,
    status: u16,
    location: &'static str,
    async_operation: bool,
    retry_after: bool,
    code: String,
    state: String,
    empty_200: bool,
}

fn shape(method: &str, status: u16, header: &dyn Fn(&str) -> Option<String>, body: &str) -> Shape {
    let json: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let location = match header("Location") {
        None => "",
        Some(l) if l.starts_with('/') => "relative",
        Some(_) => "absolute",
    };
    let state = json
        .pointer("/properties/provisioningState")
        .and_then(Value::as_str)
        .unwrap_or("Succeeded");
    Shape {
        method: method.to_string(),
        status,
        location,
        async_operation: header("Azure-AsyncOperation").is_some(),
        retry_after: header("Retry-After").is_some(),
        code: json
            .pointer("/error/code")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        state: if state == "Succeeded" {
            String::new()
        } else {
            state.to_string()
        },
        empty_200: status == 200 && body.is_empty(),
    }
}

fn recorded_shapes() -> BTreeMap<Shape, String> {
    let mut shapes = BTreeMap::new();
    for file in cassettes() {
        let cassette = Cassette::load(&file).unwrap();
        for i in &cassette.interactions {
            let header = |name: &str| {
                i.headers
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(name))
                    .map(|(_, v)| v.clone())
            };
            let s = shape(&i.method, i.status, &header, &i.body);
            shapes.entry(s).or_insert_with(|| {
                format!(
                    "{} {} {}",
                    file.file_name().unwrap().to_string_lossy(),
                    i.method,
                    i.path_and_query
                )
            });
        }
    }
    shapes
}

/// Records the shape of every answer it sees.
struct Recorder<'a> {
    sim: &'a Sim,
    seen: BTreeMap<Shape, String>,
}

impl Recorder<'_> {
    async fn send(&mut self, method: &str, path: &str, api: &str, body: Option<Value>) -> Resp {
        let r = self
            .sim
            .send(method, path, api, body.as_ref(), Some(&self.sim.token))
            .await;
        let header = |name: &str| r.header(name).map(str::to_string);
        self.seen
            .entry(shape(method, r.status, &header, &r.text))
            .or_insert_with(|| format!("{method} {path}"));
        r
    }

    async fn poll(&mut self, url: &str) -> Resp {
        for _ in 0..20 {
            let r = self.send("GET", url, "", None).await;
            if r.status != 202 {
                return r;
            }
        }
        panic!("{url} never ended");
    }
}

#[tokio::test]
async fn the_live_simulator_produces_every_recorded_shape() {
    // Recorded Retry-Afters are 5 to 46 seconds; the shape only needs the header. Poll-counted
    // progress: the scenario polls transitional states a set number of times.
    let s = start("unknownTypes: accept\nlro:\n  default:\n    progress: polls\n").await;
    let mut r = Recorder {
        sim: &s,
        seen: BTreeMap::new(),
    };
    let loc = json!({"location": "westus2"});

    // Resource groups: 201 create, 200 update, GET, DELETE 202 + Location + Retry-After polled to an empty 200.
    r.send("PUT", &rg("rg"), RG_API, Some(loc.clone())).await;
    r.send(
        "PUT",
        &rg("rg"),
        RG_API,
        Some(json!({"location": "westus2", "tags": {"a": "b"}})),
    )
    .await;
    r.send("GET", &rg("rg"), RG_API, None).await;

    // Identities: 201 with a relative Location; federated credentials; 404s after deletion.
    let mi = identity("rg", "mi");
    let created = r.send("PUT", &mi, MI_API, Some(loc.clone())).await;
    let principal = created.json["properties"]["principalId"].clone();
    let fic = format!("{mi}/federatedIdentityCredentials/fic1");
    r.send("PUT", &fic, MI_API, Some(json!({"properties": {"issuer": "https://i", "subject": "s", "audiences": ["api://AzureADTokenExchange"]}}))).await;
    r.send("DELETE", &fic, MI_API, None).await;
    r.send("GET", &fic, MI_API, None).await;

    // Role assignments: unknown principal, 201, DELETE with body, 404.
    let ra = format!(
        "{mi}/providers/Microsoft.Authorization/roleAssignments/a3514350-162b-50a6-87f0-60df62359c59"
    );
    let role = format!(
        "/subscriptions/{SUB}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"
    );
    r.send("PUT", &ra, RA_API, Some(json!({"properties": {"roleDefinitionId": role, "principalId": "07ef5046-5a76-4bd1-810f-d23d72476aac"}}))).await;
    r.send(
        "PUT",
        &ra,
        RA_API,
        Some(json!({"properties": {"roleDefinitionId": role, "principalId": principal}})),
    )
    .await;
    r.send("DELETE", &ra, RA_API, None).await;
    r.send("GET", &ra, RA_API, None).await;

    // Storage: bad name, unknown identity, 202 + Location polled to 200 with the account, update,
    // children, keys, deletes (200, 204), and nested-parent errors.
    let account =
        json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}});
    r.send(
        "PUT",
        &storage("rg", "==--039+"),
        STORAGE_API,
        Some(account.clone()),
    )
    .await;
    r.send("DELETE", &storage("rg", "==--039+"), STORAGE_API, None)
        .await;
    let mut with_missing_identity = account.clone();
    with_missing_identity["identity"] =
        json!({"type": "UserAssigned", "userAssignedIdentities": {identity("rg", "absent"): {}}});
    r.send(
        "PUT",
        &storage("rg", "acctid"),
        STORAGE_API,
        Some(with_missing_identity),
    )
    .await;
    let acct = storage("rg", "acct1");
    let accepted = r
        .send("PUT", &acct, STORAGE_API, Some(account.clone()))
        .await;
    r.poll(accepted.header("Location").unwrap()).await;
    r.send("PUT", &acct, STORAGE_API, Some(account.clone()))
        .await;
    r.send("POST", &format!("{acct}/listKeys"), STORAGE_API, None)
        .await;
    let container = format!("{acct}/blobServices/default/containers/cont1");
    r.send(
        "PUT",
        &format!("{acct}/blobServices/default"),
        STORAGE_API,
        Some(json!({})),
    )
    .await;
    r.send("PUT", &container, STORAGE_API, Some(json!({})))
        .await;
    r.send("DELETE", &container, STORAGE_API, None).await;
    r.send("GET", &container, STORAGE_API, None).await;
    let table = format!("{acct}/tableServices/default/tables/table1");
    r.send("PUT", &table, STORAGE_API, Some(json!({}))).await;
    r.send("DELETE", &table, STORAGE_API, None).await;
    r.send("DELETE", &table, STORAGE_API, None).await;
    let policy = format!("{acct}/managementPolicies/default");
    r.send(
        "PUT",
        &policy,
        STORAGE_API,
        Some(json!({"properties": {"policy": {"rules": []}}})),
    )
    .await;
    r.send("DELETE", &acct, STORAGE_API, None).await;
    r.send("GET", &acct, STORAGE_API, None).await;
    r.send(
        "DELETE",
        &format!("{acct}/queueServices/default/queues/q1"),
        STORAGE_API,
        None,
    )
    .await;
    r.send("DELETE", &policy, STORAGE_API, None).await;

    // Service Bus: Created then Succeeded, Updating, rules and keys, missing subscriptions, and a
    // DELETE 202 + Location (no Retry-After) polled 202 ... 204.
    let ns = sb_namespace("rg", "sbns1");
    let sku = json!({"location": "westus2", "sku": {"name": "Standard"}});
    r.send("PUT", &ns, SB_API, Some(sku.clone())).await;
    r.send("GET", &ns, SB_API, None).await;
    r.send("GET", &ns, SB_API, None).await;
    r.send(
        "PUT",
        &ns,
        SB_API,
        Some(json!({"location": "westus2", "sku": {"name": "Standard"}, "tags": {"t": "1"}})),
    )
    .await;
    r.send("GET", &ns, SB_API, None).await;
    r.send("GET", &ns, SB_API, None).await;
    r.send(
        "POST",
        &format!("{ns}/AuthorizationRules/RootManageSharedAccessKey/listKeys"),
        SB_API,
        None,
    )
    .await;
    r.send(
        "PUT",
        &format!("{ns}/topics/topic1"),
        SB_API,
        Some(json!({})),
    )
    .await;
    r.send(
        "GET",
        &format!("{ns}/topics/topic1/subscriptions/sub1"),
        SB_API,
        None,
    )
    .await;
    let deleting = r.send("DELETE", &ns, SB_API, None).await;
    r.poll(deleting.header("Location").unwrap()).await;
    r.send("GET", &ns, SB_API, None).await;

    // Key Vault: RegisteringDns, deleted vaults, purge.
    let kv = vault("rg", "kv1");
    let kv_body = json!({"location": "westus2", "properties": {"tenantId": SUB, "sku": {"family": "A", "name": "standard"}, "accessPolicies": []}});
    r.send("PUT", &kv, KV_API, Some(kv_body)).await;
    r.send("GET", &kv, KV_API, None).await;
    let deleted = format!(
        "/subscriptions/{SUB}/providers/Microsoft.KeyVault/locations/westus2/deletedVaults/kv1"
    );
    r.send("GET", &deleted, KV_API, None).await;
    r.send("DELETE", &kv, KV_API, None).await;
    let purge = r
        .send("POST", &format!("{deleted}/purge"), KV_API, None)
        .await;
    r.poll(purge.header("Location").unwrap()).await;

    // Deleting the group leaves its resources' DELETEs with ResourceGroupNotFound / ParentResourceNotFound.
    let deleting = r.send("DELETE", &rg("rg"), RG_API, None).await;
    r.poll(deleting.header("Location").unwrap()).await;
    r.send("GET", &rg("rg"), RG_API, None).await;
    r.send("DELETE", &mi, MI_API, None).await;
    r.send(
        "DELETE",
        &format!("{mi}/federatedIdentityCredentials/fic1"),
        MI_API,
        None,
    )
    .await;

    let recorded = recorded_shapes();
    let missing: Vec<String> = recorded
        .iter()
        .filter(|(shape, _)| !r.seen.contains_key(shape))
        .map(|(shape, example)| format!("{shape:?}\n    recorded in {example}"))
        .collect();
    assert!(
        missing.is_empty(),
        "shapes the simulator did not produce:\n{}",
        missing.join("\n")
    );
    assert!(recorded.len() >= 30, "{} recorded shapes", recorded.len());
}
