//! `alertsmanagement.azure.com`: a module per version (feature `alertsmanagement`).
pub mod v1api20230301;
