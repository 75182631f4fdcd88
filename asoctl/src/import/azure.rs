//! Reading Azure for an import with the operator's ARM client and credential.

use std::sync::Arc;

use reqwest::Method;
use serde_json::Value;

use super::ArmReader;
use aso_operator::arm::{ArmClient, Call};
use aso_operator::identity::credential::Credential;

/// ARM through the operator's client, as one credential.
pub struct AzureReader {
    pub arm: ArmClient,
    pub credential: Arc<Credential>,
}

impl AzureReader {
    async fn get_url(&self, url: &str) -> Result<Option<Value>, String> {
        let call = Call {
            method: Method::GET,
            url,
            body: None,
            kind: "import",
        };
        match self
            .arm
            .send(&*self.credential, &self.credential.subscription, &call)
            .await
        {
            Ok(response) => Ok(Some(response.json())),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }
}

impl ArmReader for AzureReader {
    async fn get(&self, id: &str, api_version: &str) -> Result<Option<Value>, String> {
        self.get_url(&format!("{id}?api-version={api_version}"))
            .await
    }

    async fn list(&self, collection: &str, api_version: &str) -> Result<Vec<Value>, String> {
        let mut items = Vec::new();
        let mut next = Some(format!("{collection}?api-version={api_version}"));
        // ARM pages collections; a page names the next one until the last.
        while let Some(url) = next.take() {
            let Some(page) = self.get_url(&url).await? else {
                break;
            };
            if let Some(values) = page.get("value").and_then(Value::as_array) {
                items.extend(values.iter().cloned());
            }
            next = page
                .get("nextLink")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string);
        }
        Ok(items)
    }
}
