//! `kubernetesconfiguration.azure.com`: a module per version (feature `kubernetesconfiguration`).
pub mod v1api20230501;
