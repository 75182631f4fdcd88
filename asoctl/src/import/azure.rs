//! Reading Azure for an import with the operator's ARM client and credential.

use std::sync::Arc;

use reqwest::Method;
use serde_json::Value;

use super::ArmReader;
use aso_operator::arm::{ArmClient, Call, Target};
use aso_operator::identity::credential::Credential;

/// ARM through the operator's client, as one credential.
pub struct AzureReader {
    pub arm: ArmClient,
    pub credential: Arc<Credential>,
}

impl AzureReader {
    async fn get_target(&self, target: Target<'_>) -> Result<Option<Value>, String> {
        let call = Call {
            method: Method::GET,
            target,
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
        self.get_target(Target::Resource {
            path: id,
            api_version,
        })
        .await
    }

    async fn list(&self, collection: &str, api_version: &str) -> Result<Vec<Value>, String> {
        let mut items = Vec::new();
        let mut page = self
            .get_target(Target::Resource {
                path: collection,
                api_version,
            })
            .await?;
        // ARM pages collections; a page names the next one (on ARM's own origin) until the last.
        while let Some(current) = page.take() {
            if let Some(values) = current.get("value").and_then(Value::as_array) {
                items.extend(values.iter().cloned());
            }
            if let Some(next) = current
                .get("nextLink")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
            {
                page = self.get_target(Target::Link(next)).await?;
            }
        }
        Ok(items)
    }
}
