//! `apimanagement.azure.com`: a module per version (feature `apimanagement`).
pub mod v1api20220801;
pub mod v1api20230501preview;
