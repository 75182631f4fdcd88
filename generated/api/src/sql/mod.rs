//! `sql.azure.com`: a module per version (feature `sql`).
pub mod v1api20211101;
