//! Replay of every visible ASO cassette: each recorded request, sent to the simulator in replay
//! mode, gets the recorded response (status, body, monitor headers pointed at the simulator).

use crate::common::cassettes;
use aso_armsim::{ArmSim, Cassette};

#[tokio::test]
async fn every_cassette_replays_its_recorded_responses() {
    let files = cassettes();
    assert!(
        files.len() >= 40,
        "expected the 48 visible cassettes, found {}",
        files.len()
    );
    let sim = ArmSim::builder().start().await.unwrap();
    let client = sim.client().unwrap();
    let mut interactions = 0;
    let mut versions = std::collections::BTreeSet::new();
    for file in &files {
        let cassette = Cassette::load(file).unwrap_or_else(|e| panic!("{e}"));
        versions.insert(cassette.version);
        sim.replay(cassette.clone());
        for (n, i) in cassette.interactions.iter().enumerate() {
            let method = reqwest::Method::from_bytes(i.method.as_bytes()).unwrap();
            let mut req = client.request(method, format!("{}{}", sim.base_url(), i.path_and_query));
            if !i.request_body.is_empty() {
                req = req
                    .header("Content-Type", "application/json")
                    .body(i.request_body.clone());
            }
            let resp = req
                .send()
                .await
                .unwrap_or_else(|e| panic!("{}#{n}: {e}", file.display()));
            let what = format!(
                "{} interaction {n}: {} {}",
                file.display(),
                i.method,
                i.path_and_query
            );
            assert_eq!(resp.status().as_u16(), i.status, "{what}");
            for (name, value) in &i.headers {
                if ["location", "azure-asyncoperation", "retry-after"]
                    .contains(&name.to_ascii_lowercase().as_str())
                {
                    let expected =
                        value.replacen("https://management.azure.com", sim.base_url(), 1);
                    assert_eq!(
                        resp.headers().get(name).and_then(|v| v.to_str().ok()),
                        Some(expected.as_str()),
                        "{what}: {name}"
                    );
                }
            }
            assert_eq!(resp.text().await.unwrap(), i.body, "{what}");
            interactions += 1;
        }
    }
    assert!(interactions > 900, "{interactions} interactions replayed");
    assert_eq!(
        versions.into_iter().collect::<Vec<_>>(),
        vec![1, 2],
        "both go-vcr formats are read"
    );

    // A request the cassette does not hold is an error naming it.
    let missing = client
        .get(format!(
            "{}/subscriptions/x/resourceGroups/none?api-version=1",
            sim.base_url()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    let body: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(body["error"]["code"], "ReplayInteractionNotFound");
}

#[tokio::test]
async fn repeated_polls_replay_in_recorded_order() {
    let file = cassettes()
        .into_iter()
        .find(|f| f.ends_with("Test_StorageAccount_CreatedBeforeResourceGroup.yaml"))
        .unwrap();
    let cassette = Cassette::load(&file).unwrap();
    let mut replayer = aso_armsim::Replayer::new(cassette.clone());
    // The same monitor URL polled repeatedly answers 202, 202, ... then 200, as recorded.
    let polls = |url: &str| {
        cassette
            .interactions
            .iter()
            .filter(|i| i.path_and_query == url)
            .count()
    };
    let monitor = cassette
        .interactions
        .iter()
        .filter(|i| i.path_and_query.contains("/operationresults/"))
        .max_by_key(|i| polls(&i.path_and_query))
        .unwrap();
    let recorded: Vec<u16> = cassette
        .interactions
        .iter()
        .filter(|i| i.path_and_query == monitor.path_and_query)
        .map(|i| i.status)
        .collect();
    let replayed: Vec<u16> = recorded
        .iter()
        .map(|_| {
            replayer
                .answer("GET", &monitor.path_and_query)
                .unwrap()
                .status
        })
        .collect();
    assert_eq!(replayed, recorded);
    assert!(
        recorded.len() > 1 && recorded.last() == Some(&200) && recorded[0] == 202,
        "{recorded:?}"
    );
}
