//! Entra tokens for database audiences, from the resource's credential: the same identity
//! (global, namespaced, or named by annotation) the operator uses for ARM, asking for
//! `{audience}/.default`.

use std::sync::Arc;

use futures::future::BoxFuture;

use aso_dbuser::{Secret, TokenProvider};

use crate::identity::Credential;

/// A [`TokenProvider`] over one credential.
pub struct CredentialTokens(pub Arc<Credential>);

impl TokenProvider for CredentialTokens {
    fn token<'a>(&'a self, audience: &'a str) -> BoxFuture<'a, Result<Secret, String>> {
        Box::pin(async move { self.0.token_for(audience).await.map(Secret::new) })
    }
}

/// For logins that take no token (an admin with a password): asking is a bug, said plainly.
pub struct NoTokens;

impl TokenProvider for NoTokens {
    fn token<'a>(&'a self, _audience: &'a str) -> BoxFuture<'a, Result<Secret, String>> {
        Box::pin(async { Err("this user's spec gives no Entra login".to_string()) })
    }
}
