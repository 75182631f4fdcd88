//! `managedidentity.azure.com`: a module per version (feature `managedidentity`).
pub mod v1api20181130;
pub mod v1api20220131preview;
pub mod v1api20230131;
