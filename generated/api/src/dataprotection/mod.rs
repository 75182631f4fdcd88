//! `dataprotection.azure.com`: a module per version (feature `dataprotection`).
pub mod v1api20230101;
pub mod v1api20231101;
