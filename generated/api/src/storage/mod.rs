//! `storage.azure.com`: a module per version (feature `storage`).
pub mod v1api20230101;
