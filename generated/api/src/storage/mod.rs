//! `storage.azure.com`: a module per version (feature `storage`).
pub mod v1api20210401;
pub mod v1api20220901;
pub mod v1api20230101;
