//! A kube-runtime Controller reconciling custom resources created, updated and deleted (with a
//! finalizer) after it starts, through the simulator.

use crate::common::*;
use futures::StreamExt;
use kube::api::{Api, DeleteParams, DynamicObject, Patch, PatchParams, PostParams};
use kube::runtime::controller::{Action, Controller};
use kube::runtime::finalizer::{Event, finalizer};
use kube::runtime::watcher;
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
enum Error {
    #[error(transparent)]
    Finalizer(#[from] Box<kube::runtime::finalizer::Error<kube::Error>>),
}

struct Ctx {
    api: Api<DynamicObject>,
    log: Mutex<Vec<String>>,
}

async fn reconcile(obj: Arc<DynamicObject>, ctx: Arc<Ctx>) -> Result<Action, Error> {
    let api = ctx.api.clone();
    finalizer(&api, "example.com/cleanup", obj, |event| async {
        match event {
            Event::Apply(o) => {
                let name = o.metadata.name.clone().unwrap();
                let generation = o.metadata.generation.unwrap_or_default();
                let observed = o.data["status"]["conditions"][0]["observedGeneration"].as_i64();
                if observed != Some(generation) {
                    ctx.log.lock().unwrap().push(format!("apply {name} gen {generation}"));
                    let status = json!({"status": {"conditions": [{"type": "Ready", "status": "True", "severity": "", "reason": "Succeeded", "message": "", "observedGeneration": generation, "lastTransitionTime": "2024-01-01T00:00:00Z"}]}});
                    api.patch_status(&name, &PatchParams::default(), &Patch::Merge(status)).await?;
                }
                Ok(Action::await_change())
            }
            Event::Cleanup(o) => {
                ctx.log.lock().unwrap().push(format!("cleanup {}", o.metadata.name.clone().unwrap()));
                Ok(Action::await_change())
            }
        }
    })
    .await
    .map_err(|e| Error::Finalizer(Box::new(e)))
}

fn error_policy(_: Arc<DynamicObject>, e: &Error, ctx: Arc<Ctx>) -> Action {
    ctx.log.lock().unwrap().push(format!("error {e:?}"));
    Action::requeue(Duration::from_millis(100))
}

#[tokio::test]
async fn controller_reconciles_creates_updates_and_deletes() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, widget_crd()).await;
    let ar = widget_resource();
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &ar);
    let ctx = Arc::new(Ctx {
        api: api.clone(),
        log: Mutex::new(Vec::new()),
    });
    let controller = Controller::new_with(
        Api::<DynamicObject>::all_with(client.clone(), &ar),
        watcher::Config::default(),
        ar.clone(),
    )
    .run(reconcile, error_policy, ctx.clone())
    .for_each(|_| async {});
    let handle = tokio::spawn(controller);

    let widget = |name: &str| -> DynamicObject {
        serde_json::from_value(json!({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":name},"spec":{"location":"westus"}})).unwrap()
    };
    api.create(&PostParams::default(), &widget("a"))
        .await
        .unwrap();
    api.create(&PostParams::default(), &widget("b"))
        .await
        .unwrap();

    let ready = |name: &'static str, generation: i64| {
        let api = api.clone();
        async move {
            eventually(15, || async {
                let o = api.get(name).await.unwrap();
                let c = &o.data["status"]["conditions"][0];
                (c["status"] == "True" && c["observedGeneration"] == generation).then_some(o)
            })
            .await
        }
    };
    let a = ready("a", 1).await;
    assert_eq!(
        a.metadata.finalizers,
        Some(vec!["example.com/cleanup".to_string()])
    );
    ready("b", 1).await;

    api.patch(
        "a",
        &PatchParams::default(),
        &Patch::Merge(json!({"spec":{"size":3}})),
    )
    .await
    .unwrap();
    ready("a", 2).await;

    api.delete("b", &DeleteParams::default()).await.unwrap();
    eventually(15, || async {
        api.get_opt("b").await.unwrap().is_none().then_some(())
    })
    .await;

    let log = ctx.log.lock().unwrap().clone();
    for expected in [
        "apply a gen 1",
        "apply b gen 1",
        "apply a gen 2",
        "cleanup b",
    ] {
        assert!(
            log.iter().any(|l| l == expected),
            "missing {expected:?} in {log:?}"
        );
    }
    handle.abort();
}
