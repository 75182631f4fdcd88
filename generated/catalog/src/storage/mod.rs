//! `storage.azure.com`: its kinds in every version (feature `storage`).
mod shapes;
pub mod v1api20210401;
pub mod v1api20220901;
pub mod v1api20230101;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20210401::KINDS.iter().copied())
        .chain(v1api20220901::KINDS.iter().copied())
        .chain(v1api20230101::KINDS.iter().copied())
}
