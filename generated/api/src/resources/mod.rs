//! `resources.azure.com`: a module per version (feature `resources`).
pub mod v1api20200601;
