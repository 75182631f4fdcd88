//! Reading Azure for an import with the operator's ARM client, signed in as `signin` decides.

use std::sync::Arc;

use reqwest::Method;
use serde_json::Value;

use super::ArmReader;
use aso_operator::arm::{ArmClient, Call, Target, TokenProvider};

/// ARM through the operator's client, with one identity's tokens, in one subscription.
pub struct AzureReader {
    pub arm: ArmClient,
    pub tokens: Arc<dyn TokenProvider>,
    pub subscription: String,
}

impl From<crate::signin::Azure> for AzureReader {
    fn from(azure: crate::signin::Azure) -> AzureReader {
        AzureReader {
            arm: azure.arm,
            tokens: azure.tokens,
            subscription: azure.subscription,
        }
    }
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
            .send(&*self.tokens, &self.subscription, &call)
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
