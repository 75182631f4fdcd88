//! `signalrservice.azure.com`: a module per version (feature `signalrservice`).
pub mod v1api20211001;
