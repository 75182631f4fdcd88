//! `documentdb.azure.com`: its kinds in every version (feature `documentdb`).
mod shapes;
pub mod v1api20210515;
pub mod v1api20231115;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20210515::KINDS.iter().copied())
        .chain(v1api20231115::KINDS.iter().copied())
}
