//! The simulator's own control endpoints under `/_armsim/` (no authentication: they are for the
//! test harness on loopback): the journal, counters, resources, LRO settings and forgetting
//! operations, throttling and fault settings, replay, and reset.

use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::config::LroConfig;
use crate::faults::{FaultConfig, FaultRule};
use crate::replay::{Cassette, Replayer};
use crate::reply::Reply;
use crate::state::State;
use crate::throttle::ThrottleConfig;

fn bad(message: impl Into<String>) -> Reply {
    Reply::json(
        400,
        &json!({"error": {"code": "BadRequest", "message": message.into()}}),
    )
}

fn parse<T: DeserializeOwned>(body: &[u8], what: &str) -> Result<T, Reply> {
    serde_json::from_slice(body).map_err(|e| bad(format!("{what}: {e}")))
}

/// Handles `/_armsim/...`.
pub fn handle(state: &State, method: &str, path: &str, body: &[u8], ca_pem: Option<&str>) -> Reply {
    let what = path.trim_start_matches("/_armsim/").trim_end_matches('/');
    let result = match (method, what) {
        ("GET", "requests") => Ok(Reply::json(200, &json!(state.journal.entries()))),
        ("DELETE", "requests") => {
            state.journal.clear();
            Ok(Reply::empty(204))
        }
        ("GET", "counters") => Ok(Reply::json(200, &json!(state.journal.counters()))),
        ("DELETE", "counters") => {
            state.journal.clear_counters();
            Ok(Reply::empty(204))
        }
        ("GET", "resources") => {
            let mut world = state.world();
            crate::operations::end_due(&mut world, std::time::Instant::now());
            let items: Vec<Value> = world
                .store
                .iter()
                .map(|r| {
                    json!({"id": r.id, "type": &*r.arm_type, "apiVersion": r.api_version,
                       "provisioningState": r.provisioning_state(), "operation": r.operation})
                })
                .collect();
            Ok(Reply::json(200, &json!(items)))
        }
        ("GET", "lro") => Ok(Reply::json(
            200,
            &json!(*state.lro.read().unwrap_or_else(|e| e.into_inner())),
        )),
        ("PUT", "lro") => parse::<LroConfig>(body, "LRO settings").map(|c| {
            *state.lro.write().unwrap_or_else(|e| e.into_inner()) = c;
            Reply::empty(204)
        }),
        ("DELETE", "operations") => {
            crate::operations::forget(&mut state.world());
            Ok(Reply::empty(204))
        }
        ("GET", "throttling") => Ok(Reply::json(200, &json!(state.throttle.config()))),
        ("PUT", "throttling") => parse::<ThrottleConfig>(body, "throttling settings").map(|c| {
            state.throttle.configure(c);
            Reply::empty(204)
        }),
        ("PUT", "faults") => parse::<FaultConfig>(body, "fault settings").map(|c| {
            state.faults.configure(&c);
            Reply::empty(204)
        }),
        ("POST", "faults") => parse::<FaultRule>(body, "fault rule").map(|r| {
            state.faults.push(r);
            Reply::empty(204)
        }),
        ("DELETE", "faults") => {
            state.faults.clear();
            Ok(Reply::empty(204))
        }
        ("PUT", "replay") => match std::str::from_utf8(body)
            .map_err(|e| e.to_string())
            .and_then(|t| Cassette::parse(t, "request body").map_err(|e| e.to_string()))
        {
            Ok(c) => {
                let n = c.interactions.len();
                *state.replay.lock().unwrap_or_else(|e| e.into_inner()) = Some(Replayer::new(c));
                Ok(Reply::json(200, &json!({"interactions": n})))
            }
            Err(e) => Err(bad(e)),
        },
        ("DELETE", "replay") => {
            *state.replay.lock().unwrap_or_else(|e| e.into_inner()) = None;
            Ok(Reply::empty(204))
        }
        ("POST", "reset") => {
            crate::reset(state);
            Ok(Reply::empty(204))
        }
        ("GET", "ca") => Ok(match ca_pem {
            Some(pem) => Reply {
                status: 200,
                headers: vec![("Content-Type".into(), "application/x-pem-file".into())],
                body: bytes::Bytes::from(pem.to_string()),
                json: false,
            },
            None => Reply::empty(404),
        }),
        (m, w) => Err(Reply::json(
            404,
            &json!({"error": {"code": "NotFound", "message": format!("no simulator endpoint {m} /_armsim/{w}")}}),
        )),
    };
    result.unwrap_or_else(|r| r)
}
