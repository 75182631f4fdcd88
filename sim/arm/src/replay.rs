//! Replay of recorded conversations: ASO's go-vcr cassettes (format versions 1 and 2) read, and
//! requests answered with the recorded responses, matching method and URL (path and query), each
//! recorded interaction used once, in recorded order (as go-vcr does).
//!
//! Monitor URLs in recorded headers point at `management.azure.com`; they are rewritten to the
//! simulator so clients that follow them stay on loopback.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

/// One recorded request and its response.
#[derive(Debug, Clone, PartialEq)]
pub struct Interaction {
    pub method: String,
    /// The recorded URL, as recorded.
    pub url: String,
    /// Path and query of the recorded URL.
    pub path_and_query: String,
    pub request_body: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

/// A cassette.
#[derive(Debug, Clone, PartialEq)]
pub struct Cassette {
    pub version: u32,
    pub interactions: Vec<Interaction>,
}

#[derive(Debug, Deserialize)]
struct RawCassette {
    version: u32,
    #[serde(default)]
    interactions: Vec<RawInteraction>,
}

#[derive(Debug, Deserialize)]
struct RawInteraction {
    request: RawRequest,
    response: RawResponse,
}

#[derive(Debug, Deserialize)]
struct RawRequest {
    #[serde(default)]
    body: String,
    url: String,
    method: String,
}

#[derive(Debug, Deserialize)]
struct RawResponse {
    #[serde(default)]
    body: String,
    #[serde(default)]
    headers: BTreeMap<String, Vec<String>>,
    code: u16,
}

/// A cassette that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error("reading cassette {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cassette {origin}: {message}")]
    Parse { origin: String, message: String },
}

/// Path and query of a URL (`https://host/p?q` -> `/p?q`).
pub fn path_and_query(url: &str) -> String {
    match url.find("://") {
        Some(i) => {
            let rest = &url[i + 3..];
            match rest.find('/') {
                Some(j) => rest[j..].to_string(),
                None => "/".to_string(),
            }
        }
        None => url.to_string(),
    }
}

impl Cassette {
    pub fn load(path: &Path) -> Result<Cassette, ReplayError> {
        let text = std::fs::read_to_string(path).map_err(|source| ReplayError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Cassette::parse(&text, &path.display().to_string())
    }

    /// Parses cassette text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Cassette, ReplayError> {
        let raw: RawCassette = serde_saphyr::from_str(text).map_err(|e| ReplayError::Parse {
            origin: origin.to_string(),
            message: e.to_string(),
        })?;
        if raw.version != 1 && raw.version != 2 {
            return Err(ReplayError::Parse {
                origin: origin.to_string(),
                message: format!(
                    "version {} is not a go-vcr cassette version this reads (1 or 2)",
                    raw.version
                ),
            });
        }
        let interactions = raw
            .interactions
            .into_iter()
            .map(|i| Interaction {
                path_and_query: path_and_query(&i.request.url),
                method: i.request.method.to_ascii_uppercase(),
                url: i.request.url,
                request_body: i.request.body,
                status: i.response.code,
                headers: i
                    .response
                    .headers
                    .into_iter()
                    .flat_map(|(name, values)| values.into_iter().map(move |v| (name.clone(), v)))
                    .collect(),
                body: i.response.body,
            })
            .collect();
        Ok(Cassette {
            version: raw.version,
            interactions,
        })
    }
}

/// Answers requests from a cassette.
#[derive(Debug, Clone)]
pub struct Replayer {
    cassette: Cassette,
    used: Vec<bool>,
}

impl Replayer {
    pub fn new(cassette: Cassette) -> Replayer {
        let used = vec![false; cassette.interactions.len()];
        Replayer { cassette, used }
    }

    /// The first unused interaction recorded for `method` and `path_and_query`; marks it used.
    /// Exact matches win; otherwise the URL is compared ignoring case (ARM paths are
    /// case-insensitive and clients vary in casing).
    pub fn answer(&mut self, method: &str, path_and_query: &str) -> Option<&Interaction> {
        let unused = |i: &usize| !self.used[*i];
        let candidates = || (0..self.cassette.interactions.len()).filter(unused);
        let m = |i: usize| {
            self.cassette.interactions[i]
                .method
                .eq_ignore_ascii_case(method)
        };
        let exact = candidates()
            .find(|&i| m(i) && self.cassette.interactions[i].path_and_query == path_and_query);
        let found = exact.or_else(|| {
            candidates().find(|&i| {
                m(i) && self.cassette.interactions[i]
                    .path_and_query
                    .eq_ignore_ascii_case(path_and_query)
            })
        })?;
        self.used[found] = true;
        Some(&self.cassette.interactions[found])
    }

    /// Interactions not yet answered.
    pub fn remaining(&self) -> usize {
        self.used.iter().filter(|u| !**u).count()
    }
}

/// Recorded response headers as the simulator sends them: monitor URLs moved to `base_url`,
/// framing headers (recomputed by the server) dropped.
pub fn rewrite_headers(headers: &[(String, String)], base_url: &str) -> Vec<(String, String)> {
    headers
        .iter()
        .filter(|(n, _)| {
            ![
                "content-length",
                "transfer-encoding",
                "content-encoding",
                "connection",
            ]
            .contains(&n.to_ascii_lowercase().as_str())
        })
        .map(|(n, v)| {
            let v = if ["location", "azure-asyncoperation"]
                .contains(&n.to_ascii_lowercase().as_str())
            {
                v.replacen("https://management.azure.com", base_url, 1)
            } else {
                v.clone()
            };
            (n.clone(), v)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const V2: &str = r#"---
version: 2
interactions:
    - id: 0
      request:
        proto: HTTP/1.1
        body: '{"a":1}'
        form: {}
        headers:
            Accept:
                - application/json
        url: https://management.azure.com/subscriptions/x/resourceGroups/rg?api-version=2020-06-01
        method: PUT
      response:
        proto: HTTP/2.0
        transfer_encoding: []
        body: '{"id":"rg"}'
        headers:
            Location:
                - https://management.azure.com/subscriptions/x/operationresults/1
        status: 201 Created
        code: 201
        duration: 4.1s
"#;

    #[test]
    fn parses_v2_and_rewrites_locations() {
        let c = Cassette::parse(V2, "inline").unwrap();
        assert_eq!(c.version, 2);
        let i = &c.interactions[0];
        assert_eq!((i.method.as_str(), i.status), ("PUT", 201));
        assert_eq!(
            i.path_and_query,
            "/subscriptions/x/resourceGroups/rg?api-version=2020-06-01"
        );
        let h = rewrite_headers(&i.headers, "https://127.0.0.1:9");
        assert_eq!(
            h,
            vec![(
                "Location".to_string(),
                "https://127.0.0.1:9/subscriptions/x/operationresults/1".to_string()
            )]
        );
    }

    #[test]
    fn rejects_other_versions() {
        assert!(Cassette::parse("version: 3\ninteractions: []\n", "x").is_err());
    }

    fn interaction(method: &str, url: &str, n: usize) -> Interaction {
        Interaction {
            method: method.into(),
            url: format!("https://management.azure.com{url}"),
            path_and_query: url.into(),
            request_body: String::new(),
            status: 200,
            headers: vec![],
            body: n.to_string(),
        }
    }

    proptest! {
        /// Whatever the recorded order, replaying the requests in recorded order answers each with
        /// its own response, and every interaction is used exactly once.
        #[test]
        fn replays_in_recorded_order(picks in proptest::collection::vec((0usize..3, 0usize..4), 1..40)) {
            let methods = ["GET", "PUT", "DELETE"];
            let urls = ["/a?x=1", "/a?x=2", "/b", "/A?x=1"];
            let recorded: Vec<Interaction> = picks
                .iter()
                .enumerate()
                .map(|(n, (m, u))| interaction(methods[*m], urls[*u], n))
                .collect();
            let mut r = Replayer::new(Cassette { version: 1, interactions: recorded.clone() });
            for i in &recorded {
                let got = r.answer(&i.method, &i.path_and_query).unwrap();
                prop_assert_eq!(&got.body, &i.body);
            }
            prop_assert_eq!(r.remaining(), 0);
            prop_assert!(r.answer("GET", "/a?x=1").is_none());
        }
    }
}
