//! `dataprotection.azure.com`: its kinds in every version (feature `dataprotection`).
mod shapes;
pub mod v1api20230101;
pub mod v1api20231101;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20230101::KINDS.iter().copied())
        .chain(v1api20231101::KINDS.iter().copied())
}
