//! `sql.azure.com`: its kinds in every version (feature `sql`).
mod shapes;
pub mod v1api20211101;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty().chain(v1api20211101::KINDS.iter().copied())
}
