//! Where ARM requests may go. Every URL the operator sends a bearer token to is built here, and
//! only two ways: a resource path (an ARM ID, perhaps with an action after it) joined segment by
//! segment onto the configured endpoint, each segment checked and percent-encoded; or a URL ARM
//! handed out (a monitor, a next page), followed only when it is on the endpoint's own origin
//! (scheme, host and port) over HTTPS. Nothing else gets a token: not another host, not plain HTTP, not a path that
//! walks out of its segments.

use url::Url;

use aso_runtime::names;

/// The configured ARM endpoint (`AZURE_RESOURCE_MANAGER_ENDPOINT`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    base: Url,
}

/// A request target the operator refuses to send a token to, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("refusing to send a request to {target}: {reason}")]
pub struct Refused {
    /// What was asked for, query removed (it may carry tokens ARM put in monitor URLs).
    pub target: String,
    pub reason: String,
}

impl Refused {
    pub fn new(target: &str, reason: impl Into<String>) -> Refused {
        Refused {
            target: target
                .split(['?', '#'])
                .next()
                .unwrap_or(target)
                .to_string(),
            reason: reason.into(),
        }
    }
}

fn refused(target: &str, reason: impl Into<String>) -> Refused {
    Refused::new(target, reason)
}

impl Endpoint {
    /// Parses the endpoint: an `https` URL with a host and nothing after it but `/`.
    pub fn parse(text: &str) -> Result<Endpoint, String> {
        let base = Url::parse(text.trim()).map_err(|e| format!("{text:?} is not a URL: {e}"))?;
        if base.scheme() != "https" {
            return Err(format!(
                "{text:?} must be an https URL: the operator's bearer tokens never travel in clear"
            ));
        }
        if base.host_str().is_none_or(str::is_empty) {
            return Err(format!("{text:?} has no host"));
        }
        if !base.username().is_empty() || base.password().is_some() {
            return Err(format!("{text:?} must not hold credentials"));
        }
        if base.path() != "/" || base.query().is_some() || base.fragment().is_some() {
            return Err(format!(
                "{text:?} must be just scheme, host and port (like https://management.azure.com)"
            ));
        }
        Ok(Endpoint { base })
    }

    /// `https://host[:port]`, without a trailing slash.
    pub fn as_str(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    /// The URL of `path` (an ARM ID, or an ARM ID followed by an action such as `listKeys`) at
    /// `api_version`. Each segment must be a plain name: no `.`/`..`, separators, `?`, `#`, `%`,
    /// control or invisible characters.
    pub fn resource(&self, path: &str, api_version: &str) -> Result<Url, Refused> {
        let Some(rest) = path.strip_prefix('/') else {
            return Err(refused(path, "a resource path must start with '/'"));
        };
        let mut url = self.base.clone();
        {
            let mut segments = url
                .path_segments_mut()
                .map_err(|()| refused(path, "the endpoint cannot take a path"))?;
            segments.clear();
            for segment in rest.trim_end_matches('/').split('/') {
                names::check_segment(segment).map_err(|e| refused(path, e.to_string()))?;
                segments.push(segment);
            }
        }
        if api_version.is_empty()
            || !api_version
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
        {
            return Err(refused(
                path,
                format!("api-version {api_version:?} is not one"),
            ));
        }
        url.query_pairs_mut()
            .append_pair("api-version", api_version);
        Ok(url)
    }

    /// [`Endpoint::resource`], with more query parameters after `api-version`.
    pub fn resource_with(
        &self,
        path: &str,
        api_version: &str,
        query: &[(&str, &str)],
    ) -> Result<Url, Refused> {
        let mut url = self.resource(path, api_version)?;
        url.query_pairs_mut().extend_pairs(query.iter());
        Ok(url)
    }

    /// A URL from an answer (a monitor from `Azure-AsyncOperation` or `Location`, a `nextLink`;
    /// absolute, or relative to the endpoint), accepted only on the endpoint's origin.
    pub fn link(&self, text: &str) -> Result<Url, Refused> {
        let url = self
            .base
            .join(text)
            .map_err(|e| refused(text, format!("not a URL: {e}")))?;
        if url.scheme() != "https" {
            return Err(refused(text, "not https"));
        }
        if url.origin() != self.base.origin() {
            return Err(refused(
                text,
                format!("not on the ARM endpoint {}", self.as_str()),
            ));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(refused(text, "holds credentials"));
        }
        if url.fragment().is_some() {
            return Err(refused(text, "holds a fragment"));
        }
        Ok(url)
    }
}

#[cfg(test)]
#[path = "url_tests.rs"]
mod tests;
