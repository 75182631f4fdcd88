//! `dbforpostgresql.azure.com`: its kinds in every version (feature `dbforpostgresql`).
mod shapes;
pub mod v1api20210601;
pub mod v1api20220120preview;
pub mod v1api20221201;
pub mod v1api20230601preview;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20210601::KINDS.iter().copied())
        .chain(v1api20220120preview::KINDS.iter().copied())
        .chain(v1api20221201::KINDS.iter().copied())
        .chain(v1api20230601preview::KINDS.iter().copied())
}
