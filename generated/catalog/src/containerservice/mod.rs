//! `containerservice.azure.com`: its kinds in every version (feature `containerservice`).
mod shapes;
pub mod v1api20210501;
pub mod v1api20230201;
pub mod v1api20230202preview;
pub mod v1api20230315preview;
pub mod v1api20231001;
pub mod v1api20231102preview;
pub mod v1api20240402preview;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20210501::KINDS.iter().copied())
        .chain(v1api20230201::KINDS.iter().copied())
        .chain(v1api20230202preview::KINDS.iter().copied())
        .chain(v1api20230315preview::KINDS.iter().copied())
        .chain(v1api20231001::KINDS.iter().copied())
        .chain(v1api20231102preview::KINDS.iter().copied())
        .chain(v1api20240402preview::KINDS.iter().copied())
}
