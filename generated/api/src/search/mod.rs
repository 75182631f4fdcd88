//! `search.azure.com`: a module per version (feature `search`).
pub mod v1api20220901;
