//! `operationalinsights.azure.com`: a module per version (feature `operationalinsights`).
pub mod v1api20210601;
