//! Requests counted per client and verb, for benchmarks that compare clients on the same
//! server (`GET /_sim/requests`; `DELETE` resets). kube-apiserver exposes the same as its
//! `apiserver_request_total{verb, resource, ...}` metric; the client here is the product of
//! the `User-Agent` (`aso-controller/v2.8.0 (linux/amd64) ...` counts as `aso-controller`),
//! since the simulator authenticates nobody.

use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// The verb counted for discovery, OpenAPI and other non-resource paths.
pub const NON_RESOURCE: &str = "nonresource";

#[derive(Debug, Default, Clone, Serialize)]
pub struct Counts {
    pub total: u64,
    /// Client (User-Agent product) -> verb -> requests.
    #[serde(rename = "byClient")]
    pub by_client: BTreeMap<String, BTreeMap<String, u64>>,
}

#[derive(Debug, Default)]
pub struct RequestCounter {
    counts: Mutex<Counts>,
}

impl RequestCounter {
    pub fn count(&self, user_agent: &str, verb: &str) {
        let client = client_name(user_agent);
        let mut counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        counts.total += 1;
        *counts
            .by_client
            .entry(client.to_string())
            .or_default()
            .entry(verb.to_string())
            .or_default() += 1;
    }

    pub fn snapshot(&self) -> Counts {
        self.counts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    pub fn reset(&self) {
        *self.counts.lock().unwrap_or_else(|p| p.into_inner()) = Counts::default();
    }
}

/// The product of a User-Agent, at most 64 characters; `unknown` when there is none.
fn client_name(user_agent: &str) -> &str {
    let product = user_agent.split(['/', ' ']).next().unwrap_or_default();
    match product {
        "" => "unknown",
        p => &p[..p.char_indices().nth(64).map_or(p.len(), |(i, _)| i)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_client_product_and_verb() {
        let c = RequestCounter::default();
        c.count(
            "aso-controller/v2.8.0 (linux/amd64) kubernetes/$Format",
            "list",
        );
        c.count("aso-controller/v2.8.0", "list");
        c.count("kubectl/v1.37.0 (linux/amd64)", "get");
        c.count("", NON_RESOURCE);
        let s = c.snapshot();
        assert_eq!(s.total, 4);
        assert_eq!(s.by_client["aso-controller"]["list"], 2);
        assert_eq!(s.by_client["kubectl"]["get"], 1);
        assert_eq!(s.by_client["unknown"][NON_RESOURCE], 1);
        c.reset();
        assert_eq!(c.snapshot().total, 0);
    }
}
