//! Entra ID (Azure AD): the token endpoint, the managed identity endpoint, and the tokens ARM
//! accepts.

pub mod directory;
pub mod endpoint;
pub mod federated;
pub mod jwt;
pub mod managed;
pub mod token;
