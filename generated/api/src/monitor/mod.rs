//! `monitor.azure.com`: a module per version (feature `monitor`).
pub mod v1api20230403;
