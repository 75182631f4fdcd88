//! Entra ID (Azure AD): the token endpoint, instance discovery and OpenID configuration, the
//! managed identity endpoint, and the tokens ARM accepts.

pub mod directory;
pub mod endpoint;
pub mod federated;
pub mod jwt;
pub mod managed;
pub mod metadata;
pub mod token;
