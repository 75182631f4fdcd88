//! `servicebus.azure.com`: its kinds in every version (feature `servicebus`).
mod shapes;
pub mod v1api20210101preview;
pub mod v1api20211101;
pub mod v1api20221001preview;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20210101preview::KINDS.iter().copied())
        .chain(v1api20211101::KINDS.iter().copied())
        .chain(v1api20221001preview::KINDS.iter().copied())
}
