//! `subscription.azure.com`: a module per version (feature `subscription`).
pub mod v1api20211001;
