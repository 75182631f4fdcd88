//! Long-running operations: how an ARM answer says an operation goes on (`Azure-AsyncOperation`,
//! `Location`, or a non-terminal `provisioningState`), and how one poll step reads it. The
//! [`Operation`] is plain data, so the reconciler can store it on the object and a restarted
//! operator resumes polling instead of sending the request again.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::client::{ArmResponse, Target};
use super::error::ArmError;

/// How an operation in progress is watched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "via", content = "url")]
pub enum PollVia {
    /// GET the `Azure-AsyncOperation` URL: a status document.
    AsyncOperation(String),
    /// GET the `Location` URL: 202 while running, 200/201/204 when done.
    Location(String),
    /// GET the resource itself until its `provisioningState` is terminal.
    Resource,
}

/// An operation in progress, as stored on the object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    /// `PUT`, `DELETE` or `POST`.
    pub method: String,
    /// The resource's ARM ID.
    pub id: String,
    pub api_version: String,
    pub poll: PollVia,
    /// The object generation the request was sent for.
    #[serde(default)]
    pub generation: i64,
}

/// What an answer to a request or to a poll says.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    /// Finished; the body when the answer carried the resource.
    Done(Option<Value>),
    /// Still running: poll `via`, after `retry_after` when ARM said.
    Running {
        via: PollVia,
        retry_after: Option<Duration>,
    },
}

const TERMINAL: &[&str] = &["Succeeded", "Failed", "Canceled", "Cancelled"];

fn provisioning_state(body: &Value) -> Option<&str> {
    body.pointer("/properties/provisioningState")
        .or_else(|| body.get("provisioningState"))
        .and_then(Value::as_str)
}

/// Reads the first answer to a PUT or DELETE (or POST action).
pub fn start(method: &str, response: &ArmResponse) -> Result<Progress, ArmError> {
    let retry_after = response.retry_after();
    if let Some(url) = response.header("azure-asyncoperation") {
        return Ok(Progress::Running {
            via: PollVia::AsyncOperation(url.to_string()),
            retry_after,
        });
    }
    if response.status == 202 {
        return match response.header("location") {
            Some(url) => Ok(Progress::Running {
                via: PollVia::Location(url.to_string()),
                retry_after,
            }),
            // Accepted with nothing to poll: watch the resource (or, for DELETE, its absence).
            None => Ok(Progress::Running {
                via: PollVia::Resource,
                retry_after,
            }),
        };
    }
    let body = response.json();
    if method == "PUT" {
        match provisioning_state(&body) {
            Some(state) if is_failed(state) => {
                return Err(ArmError::from_operation(
                    state,
                    body.pointer("/properties/error"),
                ));
            }
            Some(state) if !is_terminal(state) => {
                // 201 Created with a Location (user-assigned identities) points at the resource.
                let via = match response.header("location") {
                    Some(url) => PollVia::Location(url.to_string()),
                    None => PollVia::Resource,
                };
                return Ok(Progress::Running { via, retry_after });
            }
            _ => {}
        }
    }
    Ok(Progress::Done((!body.is_null()).then_some(body)))
}

/// Whether a resource as a GET returned it has an operation running on it (a non-terminal
/// `provisioningState`): a PUT now would meet `AnotherOperationInProgress`.
pub fn is_busy(resource: &Value) -> bool {
    provisioning_state(resource).is_some_and(|s| !is_terminal(s))
}

fn is_terminal(state: &str) -> bool {
    TERMINAL.iter().any(|t| t.eq_ignore_ascii_case(state))
}

fn is_failed(state: &str) -> bool {
    ["Failed", "Canceled", "Cancelled"]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(state))
}

/// Reads the answer to one poll of `operation`. For `PollVia::Resource` on a DELETE, the caller
/// maps a 404 to [`Progress::Done`] before calling this.
pub fn step(operation: &Operation, response: &ArmResponse) -> Result<Progress, ArmError> {
    let retry_after = response.retry_after();
    let running = |via: PollVia| Progress::Running { via, retry_after };
    match &operation.poll {
        PollVia::AsyncOperation(url) => {
            let body = response.json();
            let status = body
                .get("status")
                .and_then(Value::as_str)
                .unwrap_or("InProgress");
            if status.eq_ignore_ascii_case("Succeeded") {
                Ok(Progress::Done(None))
            } else if is_failed(status) {
                Err(ArmError::from_operation(status, body.get("error")))
            } else {
                Ok(running(PollVia::AsyncOperation(url.clone())))
            }
        }
        PollVia::Location(url) => {
            if response.status == 202 {
                // ARM may move the operation on; follow the newest Location.
                let next = response.header("location").unwrap_or(url).to_string();
                return Ok(running(PollVia::Location(next)));
            }
            let body = response.json();
            match provisioning_state(&body) {
                Some(state) if is_failed(state) && operation.method == "PUT" => Err(
                    ArmError::from_operation(state, body.pointer("/properties/error")),
                ),
                Some(state) if !is_terminal(state) && operation.method == "PUT" => {
                    Ok(running(PollVia::Resource))
                }
                _ => Ok(Progress::Done((!body.is_null()).then_some(body))),
            }
        }
        PollVia::Resource => {
            let body = response.json();
            match provisioning_state(&body) {
                Some(state) if is_failed(state) => Err(ArmError::from_operation(
                    state,
                    body.pointer("/properties/error"),
                )),
                Some(state) if !is_terminal(state) => Ok(running(PollVia::Resource)),
                // A DELETE watched through the resource is done only when it is gone (404).
                _ if operation.method == "DELETE" => Ok(running(PollVia::Resource)),
                _ => Ok(Progress::Done(Some(body))),
            }
        }
    }
}

/// What to GET for the next poll of `operation`: ARM's monitor URL (followed only on the ARM
/// endpoint's origin), or the resource itself.
pub fn poll_target(operation: &Operation) -> Target<'_> {
    match &operation.poll {
        PollVia::AsyncOperation(url) | PollVia::Location(url) => Target::Link(url),
        PollVia::Resource => Target::Resource {
            path: &operation.id,
            api_version: &operation.api_version,
        },
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use serde_json::json;

    use super::*;

    fn response(status: u16, headers: &[(&str, &str)], body: Value) -> ArmResponse {
        ArmResponse {
            status,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<HashMap<_, _>>(),
            body: if body.is_null() {
                bytes::Bytes::new()
            } else {
                bytes::Bytes::from(body.to_string())
            },
            retry_after: headers
                .iter()
                .find(|(k, _)| *k == "retry-after")
                .and_then(|(_, v)| crate::arm::error::parse_retry_after(v)),
        }
    }

    fn operation(poll: PollVia, method: &str) -> Operation {
        Operation {
            method: method.into(),
            id: "/subscriptions/s/resourceGroups/r".into(),
            api_version: "2020-06-01".into(),
            poll,
            generation: 1,
        }
    }

    #[test]
    fn synchronous_answers_are_done() {
        let r = response(
            200,
            &[],
            json!({"properties": {"provisioningState": "Succeeded"}}),
        );
        assert!(matches!(start("PUT", &r).unwrap(), Progress::Done(Some(_))));
        let r = response(204, &[], Value::Null);
        assert_eq!(start("DELETE", &r).unwrap(), Progress::Done(None));
    }

    #[test]
    fn async_operation_header_wins_over_location() {
        let r = response(
            201,
            &[
                ("azure-asyncoperation", "https://a/op"),
                ("location", "https://a/loc"),
                ("retry-after", "3"),
            ],
            json!({"properties": {"provisioningState": "Creating"}}),
        );
        assert_eq!(
            start("PUT", &r).unwrap(),
            Progress::Running {
                via: PollVia::AsyncOperation("https://a/op".into()),
                retry_after: Some(Duration::from_secs(3))
            }
        );
    }

    #[test]
    fn accepted_with_relative_location() {
        let r = response(
            202,
            &[("location", "/subscriptions/s/operationresults/x")],
            Value::Null,
        );
        assert_eq!(
            start("DELETE", &r).unwrap(),
            Progress::Running {
                via: PollVia::Location("/subscriptions/s/operationresults/x".into()),
                retry_after: None
            }
        );
    }

    #[test]
    fn non_terminal_provisioning_state_polls_the_resource() {
        let r = response(
            201,
            &[],
            json!({"properties": {"provisioningState": "Updating"}}),
        );
        assert!(matches!(
            start("PUT", &r).unwrap(),
            Progress::Running {
                via: PollVia::Resource,
                ..
            }
        ));
        let r = response(
            200,
            &[],
            json!({"properties": {"provisioningState": "Failed"}}),
        );
        assert!(start("PUT", &r).is_err());
    }

    #[test]
    fn async_operation_status_documents() {
        let op = operation(PollVia::AsyncOperation("u".into()), "PUT");
        let running = response(
            200,
            &[("retry-after", "1")],
            json!({"status": "InProgress"}),
        );
        assert!(matches!(
            step(&op, &running).unwrap(),
            Progress::Running { .. }
        ));
        let done = response(200, &[], json!({"status": "Succeeded"}));
        assert_eq!(step(&op, &done).unwrap(), Progress::Done(None));
        let failed = response(
            200,
            &[],
            json!({"status": "Failed", "error": {"code": "InternalError", "message": "boom"}}),
        );
        let err = step(&op, &failed).unwrap_err();
        assert_eq!(err.code, "InternalError");
    }

    #[test]
    fn location_polls_until_not_202() {
        let op = operation(PollVia::Location("u".into()), "DELETE");
        let running = response(202, &[("location", "u2")], Value::Null);
        assert_eq!(
            step(&op, &running).unwrap(),
            Progress::Running {
                via: PollVia::Location("u2".into()),
                retry_after: None
            }
        );
        assert_eq!(
            step(&op, &response(200, &[], Value::Null)).unwrap(),
            Progress::Done(None)
        );
    }

    #[test]
    fn operations_survive_serialisation() {
        let op = operation(PollVia::Location("https://x/y?a=b".into()), "PUT");
        let text = serde_json::to_string(&op).unwrap();
        assert_eq!(serde_json::from_str::<Operation>(&text).unwrap(), op);
        assert_eq!(
            poll_target(&operation(PollVia::Resource, "PUT")),
            Target::Resource {
                path: "/subscriptions/s/resourceGroups/r",
                api_version: "2020-06-01"
            }
        );
        assert_eq!(
            poll_target(&operation(
                PollVia::Location("https://x/y?a=b".into()),
                "PUT"
            )),
            Target::Link("https://x/y?a=b")
        );
    }
}
