//! `authorization.azure.com`: a module per version (feature `authorization`).
pub mod v1api20200801preview;
pub mod v1api20220401;
