//! `network.azure.com/v1api20200601`: [`PrivateDnsZonesAAAARecord`], [`PrivateDnsZonesARecord`], [`PrivateDnsZonesCNAMERecord`], [`PrivateDnsZonesMXRecord`], [`PrivateDnsZonesPTRRecord`], [`PrivateDnsZonesSRVRecord`], [`PrivateDnsZonesTXTRecord`], [`PrivateDnsZonesVirtualNetworkLink`].
pub mod spec;
pub mod status;
pub use spec::{
    PrivateDnsZonesAaaaRecordSpec, PrivateDnsZonesARecordSpec,
    PrivateDnsZonesCnameRecordSpec, PrivateDnsZonesMxRecordSpec,
    PrivateDnsZonesPtrRecordSpec, PrivateDnsZonesSrvRecordSpec,
    PrivateDnsZonesTxtRecordSpec, PrivateDnsZonesVirtualNetworkLinkSpec,
};
pub use status::{
    PrivateDnsZonesAaaaRecordStatus, PrivateDnsZonesARecordStatus,
    PrivateDnsZonesCnameRecordStatus, PrivateDnsZonesMxRecordStatus,
    PrivateDnsZonesPtrRecordStatus, PrivateDnsZonesSrvRecordStatus,
    PrivateDnsZonesTxtRecordStatus, PrivateDnsZonesVirtualNetworkLinkStatus,
};
/// Describes a DNS record set (a collection of DNS records with the same name and type) in a Private DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20200601`, `kind: PrivateDnsZonesAAAARecord` (resource `privatednszonesaaaarecords`) |
/// | Azure | `Microsoft.Network/privateDnsZones/AAAA`, api-version `2020-06-01` |
/// | Owner | a `PrivateDnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateDnsZonesAaaaRecordSpec`]; status: [`PrivateDnsZonesAaaaRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_AAAA_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateDnsZonesAAAARecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateDnsZonesAaaaRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateDnsZonesAaaaRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateDnsZonesAAAARecord, spec::PrivateDnsZonesAaaaRecordSpec,
    status::PrivateDnsZonesAaaaRecordStatus,
    ::aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_AAAA_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type) in a Private DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20200601`, `kind: PrivateDnsZonesARecord` (resource `privatednszonesarecords`) |
/// | Azure | `Microsoft.Network/privateDnsZones/A`, api-version `2020-06-01` |
/// | Owner | a `PrivateDnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateDnsZonesARecordSpec`]; status: [`PrivateDnsZonesARecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_A_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateDnsZonesARecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateDnsZonesARecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateDnsZonesARecordStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateDnsZonesARecord, spec::PrivateDnsZonesARecordSpec,
    status::PrivateDnsZonesARecordStatus,
    ::aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_A_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type) in a Private DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20200601`, `kind: PrivateDnsZonesCNAMERecord` (resource `privatednszonescnamerecords`) |
/// | Azure | `Microsoft.Network/privateDnsZones/CNAME`, api-version `2020-06-01` |
/// | Owner | a `PrivateDnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateDnsZonesCnameRecordSpec`]; status: [`PrivateDnsZonesCnameRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_CNAME_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateDnsZonesCNAMERecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateDnsZonesCnameRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateDnsZonesCnameRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateDnsZonesCNAMERecord, spec::PrivateDnsZonesCnameRecordSpec,
    status::PrivateDnsZonesCnameRecordStatus,
    ::aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_CNAME_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type) in a Private DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20200601`, `kind: PrivateDnsZonesMXRecord` (resource `privatednszonesmxrecords`) |
/// | Azure | `Microsoft.Network/privateDnsZones/MX`, api-version `2020-06-01` |
/// | Owner | a `PrivateDnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateDnsZonesMxRecordSpec`]; status: [`PrivateDnsZonesMxRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_MX_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateDnsZonesMXRecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateDnsZonesMxRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateDnsZonesMxRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateDnsZonesMXRecord, spec::PrivateDnsZonesMxRecordSpec,
    status::PrivateDnsZonesMxRecordStatus,
    ::aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_MX_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type) in a Private DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20200601`, `kind: PrivateDnsZonesPTRRecord` (resource `privatednszonesptrrecords`) |
/// | Azure | `Microsoft.Network/privateDnsZones/PTR`, api-version `2020-06-01` |
/// | Owner | a `PrivateDnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateDnsZonesPtrRecordSpec`]; status: [`PrivateDnsZonesPtrRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_PTR_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateDnsZonesPTRRecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateDnsZonesPtrRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateDnsZonesPtrRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateDnsZonesPTRRecord, spec::PrivateDnsZonesPtrRecordSpec,
    status::PrivateDnsZonesPtrRecordStatus,
    ::aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_PTR_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type) in a Private DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20200601`, `kind: PrivateDnsZonesSRVRecord` (resource `privatednszonessrvrecords`) |
/// | Azure | `Microsoft.Network/privateDnsZones/SRV`, api-version `2020-06-01` |
/// | Owner | a `PrivateDnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateDnsZonesSrvRecordSpec`]; status: [`PrivateDnsZonesSrvRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_SRV_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateDnsZonesSRVRecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateDnsZonesSrvRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateDnsZonesSrvRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateDnsZonesSRVRecord, spec::PrivateDnsZonesSrvRecordSpec,
    status::PrivateDnsZonesSrvRecordStatus,
    ::aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_SRV_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type) in a Private DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20200601`, `kind: PrivateDnsZonesTXTRecord` (resource `privatednszonestxtrecords`) |
/// | Azure | `Microsoft.Network/privateDnsZones/TXT`, api-version `2020-06-01` |
/// | Owner | a `PrivateDnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateDnsZonesTxtRecordSpec`]; status: [`PrivateDnsZonesTxtRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_TXT_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateDnsZonesTXTRecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateDnsZonesTxtRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateDnsZonesTxtRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateDnsZonesTXTRecord, spec::PrivateDnsZonesTxtRecordSpec,
    status::PrivateDnsZonesTxtRecordStatus,
    ::aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_TXT_RECORD
);
/// Describes a link to virtual network for a Private DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20200601`, `kind: PrivateDnsZonesVirtualNetworkLink` (resource `privatednszonesvirtualnetworklinks`) |
/// | Azure | `Microsoft.Network/privateDnsZones/virtualNetworkLinks`, api-version `2020-06-01` |
/// | Owner | a `PrivateDnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateDnsZonesVirtualNetworkLinkSpec`]; status: [`PrivateDnsZonesVirtualNetworkLinkStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_VIRTUAL_NETWORK_LINK`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateDnsZonesVirtualNetworkLink {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateDnsZonesVirtualNetworkLinkSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateDnsZonesVirtualNetworkLinkStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateDnsZonesVirtualNetworkLink, spec::PrivateDnsZonesVirtualNetworkLinkSpec,
    status::PrivateDnsZonesVirtualNetworkLinkStatus,
    ::aso_catalog::network::v1api20200601::PRIVATE_DNS_ZONES_VIRTUAL_NETWORK_LINK
);
