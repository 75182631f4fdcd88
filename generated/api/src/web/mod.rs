//! `web.azure.com`: a module per version (feature `web`).
pub mod v1api20220301;
