//! `apimanagement.azure.com`: its kinds in every version (feature `apimanagement`).
mod shapes;
pub mod v1api20220801;
pub mod v1api20230501preview;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20220801::KINDS.iter().copied())
        .chain(v1api20230501preview::KINDS.iter().copied())
}
