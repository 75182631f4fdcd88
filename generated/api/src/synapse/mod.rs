//! `synapse.azure.com`: a module per version (feature `synapse`).
pub mod v1api20210601;
