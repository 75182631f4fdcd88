//! `containerregistry.azure.com`: a module per version (feature `containerregistry`).
pub mod v1api20210901;
