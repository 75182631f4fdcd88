//! Benchmark: 10,000 custom resources of ~5 KB created through one kube-rs client against an
//! in-process simulator while a watcher consumes them. Prints throughput and peak memory.
//!
//! `cargo run --release -p aso-kubesim --example kubesim_bench [-- COUNT CONCURRENCY]`

use aso_kubesim::KubeSim;
use futures::{StreamExt, TryStreamExt};
use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use kube::runtime::{WatchStreamExt, watcher};
use serde_json::{Value, json};
use std::time::Instant;

fn crd() -> Value {
    let item = json!({"type": "object", "required": ["name"], "properties": {
        "name": {"type": "string", "maxLength": 64},
        "value": {"type": "string", "maxLength": 256},
        "weight": {"type": "integer", "minimum": 0, "maximum": 1000}}});
    json!({
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "payloads.bench.example.com"},
        "spec": {
            "group": "bench.example.com",
            "scope": "Namespaced",
            "names": {"plural": "payloads", "singular": "payload", "kind": "Payload", "categories": ["azure"]},
            "versions": [{
                "name": "v1", "served": true, "storage": true,
                "subresources": {"status": {}},
                "additionalPrinterColumns": [{"name": "Ready", "type": "string", "jsonPath": ".status.conditions[?(@.type=='Ready')].status"}],
                "schema": {"openAPIV3Schema": {"type": "object", "properties": {
                    "spec": {"type": "object", "required": ["location"],
                        "x-kubernetes-validations": [{"rule": "size(self.items) <= 100", "message": "too many items"}],
                        "properties": {
                            "location": {"type": "string", "enum": ["westus", "eastus", "westeurope"]},
                            "azureName": {"type": "string", "maxLength": 90, "pattern": "^[-a-z0-9]+$"},
                            "description": {"type": "string"},
                            "items": {"type": "array", "items": item},
                            "tags": {"type": "object", "additionalProperties": {"type": "string"}}}},
                    "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}}
            }]
        }
    })
}

/// The spec every object shares (built once; the harness should cost little next to the server).
fn spec_template() -> Value {
    let items: Vec<Value> = (0..30)
        .map(|j| json!({"name": format!("item-{j}"), "value": format!("value-{j}-{}", "x".repeat(80)), "weight": j * 10}))
        .collect();
    let tags: serde_json::Map<String, Value> = (0..20)
        .map(|j| (format!("tag{j}"), json!(format!("tag-value-{j}"))))
        .collect();
    json!({"location": "westus", "azureName": "payload", "description": "d".repeat(600), "items": items, "tags": tags})
}

fn payload(i: usize, template: &Value) -> DynamicObject {
    let mut spec = template.clone();
    spec["azureName"] = json!(format!("payload-{i}"));
    DynamicObject {
        types: Some(kube::core::TypeMeta {
            api_version: "bench.example.com/v1".into(),
            kind: "Payload".into(),
        }),
        metadata: kube::api::ObjectMeta {
            name: Some(format!("payload-{i:05}")),
            labels: Some(
                [
                    ("bench".to_string(), "true".to_string()),
                    ("shard".to_string(), (i % 10).to_string()),
                ]
                .into(),
            ),
            ..Default::default()
        },
        data: json!({ "spec": spec }),
    }
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let count: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let concurrency: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(16);

    let sim = KubeSim::start().await?;
    let client = sim.client().await?;
    let crds: Api<DynamicObject> = Api::all_with(
        client.clone(),
        &ApiResource::from_gvk_with_plural(
            &GroupVersionKind::gvk("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
            "customresourcedefinitions",
        ),
    );
    crds.create(&PostParams::default(), &serde_json::from_value(crd())?)
        .await?;
    let ar = ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("bench.example.com", "v1", "Payload"),
        "payloads",
    );
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &ar);
    let template = spec_template();
    let size = serde_json::to_vec(&payload(0, &template))?.len();

    let watched = tokio::spawn({
        let api = api.clone();
        async move {
            let mut seen = std::collections::HashSet::new();
            let mut stream = watcher(api, watcher::Config::default())
                .applied_objects()
                .boxed();
            while let Some(o) = stream.try_next().await? {
                seen.insert(o.metadata.name.unwrap_or_default());
                if seen.len() == count {
                    break;
                }
            }
            anyhow::Ok(Instant::now())
        }
    });

    let start = Instant::now();
    futures::stream::iter(0..count)
        .map(|i| {
            let api = api.clone();
            let obj = payload(i, &template);
            async move { api.create(&PostParams::default(), &obj).await }
        })
        .buffer_unordered(concurrency)
        .try_for_each(|_| async { Ok(()) })
        .await?;
    let created = start.elapsed();
    let watched_at = watched.await??;
    let total = watched_at.duration_since(start);
    let hwm = vm_hwm_kib().unwrap_or(0);
    println!("objects:              {count} x {size} bytes (concurrency {concurrency})");
    println!(
        "create throughput:    {:.0} writes/s ({:.2}s)",
        count as f64 / created.as_secs_f64(),
        created.as_secs_f64()
    );
    println!(
        "created and watched:  {:.0} objects/s ({:.2}s)",
        count as f64 / total.as_secs_f64(),
        total.as_secs_f64()
    );
    println!("peak memory (VmHWM):  {:.1} MiB", hwm as f64 / 1024.0);
    Ok(())
}
