//! `keyvault.azure.com`: a module per version (feature `keyvault`).
pub mod v1api20210401preview;
pub mod v1api20230701;
