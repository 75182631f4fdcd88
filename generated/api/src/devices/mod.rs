//! `devices.azure.com`: a module per version (feature `devices`).
pub mod v1api20210702;
