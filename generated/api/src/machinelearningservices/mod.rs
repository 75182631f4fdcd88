//! `machinelearningservices.azure.com`: a module per version (feature `machinelearningservices`).
pub mod v1api20210701;
