//! `appconfiguration.azure.com`: a module per version (feature `appconfiguration`).
pub mod v1api20220501;
