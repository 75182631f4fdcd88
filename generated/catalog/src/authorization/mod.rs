//! `authorization.azure.com`: its kinds in every version (feature `authorization`).
mod shapes;
pub mod v1api20200801preview;
pub mod v1api20220401;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20200801preview::KINDS.iter().copied())
        .chain(v1api20220401::KINDS.iter().copied())
}
