//! Watches through kube-rs: resuming from a version, 410 Gone, a watcher surviving dropped
//! watches, streaming lists and metadata watches.

use crate::common::*;
use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, DeleteParams, PostParams, WatchEvent, WatchParams};
use kube::runtime::{WatchStreamExt, watcher};

#[tokio::test]
async fn watch_from_version_and_gone() {
    let sim = aso_kubesim::KubeSim::start_with(aso_kubesim::Options {
        config: aso_kubesim::Config {
            history: 5,
            ..Default::default()
        },
        ..Default::default()
    })
    .await
    .unwrap();
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let first = api
        .create(&PostParams::default(), &cm("w0", &[]))
        .await
        .unwrap();
    let rv0 = first.metadata.resource_version.clone().unwrap();
    let mut stream = api
        .watch(&WatchParams::default().timeout(10), &rv0)
        .await
        .unwrap()
        .boxed();
    api.create(&PostParams::default(), &cm("w1", &[]))
        .await
        .unwrap();
    api.delete("w0", &DeleteParams::default()).await.unwrap();
    match stream.try_next().await.unwrap().unwrap() {
        WatchEvent::Added(o) => assert_eq!(o.metadata.name.as_deref(), Some("w1")),
        other => panic!("{other:?}"),
    }
    match stream.try_next().await.unwrap().unwrap() {
        WatchEvent::Deleted(o) => assert_eq!(o.metadata.name.as_deref(), Some("w0")),
        other => panic!("{other:?}"),
    }
    for i in 0..10 {
        api.create(&PostParams::default(), &cm(&format!("x{i}"), &[]))
            .await
            .unwrap();
    }
    let mut old = api
        .watch(&WatchParams::default().timeout(5), &rv0)
        .await
        .unwrap()
        .boxed();
    match old.try_next().await.unwrap().unwrap() {
        WatchEvent::Error(e) => {
            assert_eq!(e.code, 410);
            assert_eq!(e.reason, "Expired");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn watcher_survives_dropped_watches() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let mut stream = watcher(api.clone(), watcher::Config::default())
        .applied_objects()
        .boxed();
    api.create(&PostParams::default(), &cm("before", &[]))
        .await
        .unwrap();
    let seen = stream.try_next().await.unwrap().unwrap();
    assert_eq!(seen.metadata.name.as_deref(), Some("before"));
    sim.faults().drop_watches();
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    api.create(&PostParams::default(), &cm("after", &[]))
        .await
        .unwrap();
    let next = tokio::time::timeout(std::time::Duration::from_secs(10), async {
        loop {
            let o = stream.try_next().await.unwrap().unwrap();
            if o.metadata.name.as_deref() == Some("after") {
                return o;
            }
        }
    })
    .await
    .unwrap();
    assert_eq!(next.metadata.name.as_deref(), Some("after"));
}

#[tokio::test]
async fn streaming_lists_and_metadata_watches() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    for i in 0..3 {
        api.create(&PostParams::default(), &cm(&format!("s{i}"), &[]))
            .await
            .unwrap();
    }
    // sendInitialEvents=true: the initial state ends with a bookmark, then changes follow
    let mut stream = watcher(api.clone(), watcher::Config::default().streaming_lists()).boxed();
    let mut initial = Vec::new();
    loop {
        match stream.try_next().await.unwrap().unwrap() {
            watcher::Event::InitApply(o) => initial.push(o.metadata.name.unwrap()),
            watcher::Event::InitDone => break,
            _ => {}
        }
    }
    assert_eq!(initial, vec!["s0", "s1", "s2"]);
    api.create(&PostParams::default(), &cm("s3", &[]))
        .await
        .unwrap();
    match stream.try_next().await.unwrap().unwrap() {
        watcher::Event::Apply(o) => assert_eq!(o.metadata.name.as_deref(), Some("s3")),
        other => panic!("{other:?}"),
    }
    // PartialObjectMetadata lists and watches
    let meta_api: Api<kube::core::PartialObjectMeta<ConfigMap>> =
        Api::namespaced(client.clone(), "default");
    let meta = watcher(meta_api, watcher::Config::default())
        .applied_objects()
        .boxed();
    let names: Vec<String> = meta
        .take(4)
        .map(|o| o.unwrap().metadata.name.unwrap())
        .collect()
        .await;
    assert_eq!(names.len(), 4);
}
