//! `managedidentity.azure.com`: a module per version (feature `managedidentity`).
pub mod v1api20230131;
