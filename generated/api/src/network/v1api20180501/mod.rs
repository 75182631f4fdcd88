//! `network.azure.com/v1api20180501`: [`DnsZone`], [`DnsZonesAAAARecord`], [`DnsZonesARecord`], [`DnsZonesCAARecord`], [`DnsZonesCNAMERecord`], [`DnsZonesMXRecord`], [`DnsZonesNSRecord`], [`DnsZonesPTRRecord`], [`DnsZonesSRVRecord`], [`DnsZonesTXTRecord`].
pub mod spec;
pub mod status;
pub use spec::{
    DnsZoneSpec, DnsZonesAaaaRecordSpec, DnsZonesARecordSpec, DnsZonesCaaRecordSpec,
    DnsZonesCnameRecordSpec, DnsZonesMxRecordSpec, DnsZonesNsRecordSpec,
    DnsZonesPtrRecordSpec, DnsZonesSrvRecordSpec, DnsZonesTxtRecordSpec,
};
pub use status::{
    DnsZoneStatus, DnsZonesAaaaRecordStatus, DnsZonesARecordStatus,
    DnsZonesCaaRecordStatus, DnsZonesCnameRecordStatus, DnsZonesMxRecordStatus,
    DnsZonesNsRecordStatus, DnsZonesPtrRecordStatus, DnsZonesSrvRecordStatus,
    DnsZonesTxtRecordStatus,
};
/// Describes a DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZone` (resource `dnszones`) |
/// | Azure | `Microsoft.Network/dnsZones`, api-version `2018-05-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZoneSpec`]; status: [`DnsZoneStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZone {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZoneSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZoneStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZone, spec::DnsZoneSpec, status::DnsZoneStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONE
);
/// Describes a DNS record set (a collection of DNS records with the same name and type).
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZonesAAAARecord` (resource `dnszonesaaaarecords`) |
/// | Azure | `Microsoft.Network/dnsZones/AAAA`, api-version `2018-05-01` |
/// | Owner | a `DnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZonesAaaaRecordSpec`]; status: [`DnsZonesAaaaRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONES_AAAA_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZonesAAAARecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZonesAaaaRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZonesAaaaRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZonesAAAARecord, spec::DnsZonesAaaaRecordSpec, status::DnsZonesAaaaRecordStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONES_AAAA_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type).
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZonesARecord` (resource `dnszonesarecords`) |
/// | Azure | `Microsoft.Network/dnsZones/A`, api-version `2018-05-01` |
/// | Owner | a `DnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZonesARecordSpec`]; status: [`DnsZonesARecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONES_A_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZonesARecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZonesARecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZonesARecordStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZonesARecord, spec::DnsZonesARecordSpec, status::DnsZonesARecordStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONES_A_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type).
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZonesCAARecord` (resource `dnszonescaarecords`) |
/// | Azure | `Microsoft.Network/dnsZones/CAA`, api-version `2018-05-01` |
/// | Owner | a `DnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZonesCaaRecordSpec`]; status: [`DnsZonesCaaRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONES_CAA_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZonesCAARecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZonesCaaRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZonesCaaRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZonesCAARecord, spec::DnsZonesCaaRecordSpec, status::DnsZonesCaaRecordStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONES_CAA_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type).
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZonesCNAMERecord` (resource `dnszonescnamerecords`) |
/// | Azure | `Microsoft.Network/dnsZones/CNAME`, api-version `2018-05-01` |
/// | Owner | a `DnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZonesCnameRecordSpec`]; status: [`DnsZonesCnameRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONES_CNAME_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZonesCNAMERecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZonesCnameRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZonesCnameRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZonesCNAMERecord, spec::DnsZonesCnameRecordSpec,
    status::DnsZonesCnameRecordStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONES_CNAME_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type).
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZonesMXRecord` (resource `dnszonesmxrecords`) |
/// | Azure | `Microsoft.Network/dnsZones/MX`, api-version `2018-05-01` |
/// | Owner | a `DnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZonesMxRecordSpec`]; status: [`DnsZonesMxRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONES_MX_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZonesMXRecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZonesMxRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZonesMxRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZonesMXRecord, spec::DnsZonesMxRecordSpec, status::DnsZonesMxRecordStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONES_MX_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type).
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZonesNSRecord` (resource `dnszonesnsrecords`) |
/// | Azure | `Microsoft.Network/dnsZones/NS`, api-version `2018-05-01` |
/// | Owner | a `DnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZonesNsRecordSpec`]; status: [`DnsZonesNsRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONES_NS_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZonesNSRecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZonesNsRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZonesNsRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZonesNSRecord, spec::DnsZonesNsRecordSpec, status::DnsZonesNsRecordStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONES_NS_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type).
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZonesPTRRecord` (resource `dnszonesptrrecords`) |
/// | Azure | `Microsoft.Network/dnsZones/PTR`, api-version `2018-05-01` |
/// | Owner | a `DnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZonesPtrRecordSpec`]; status: [`DnsZonesPtrRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONES_PTR_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZonesPTRRecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZonesPtrRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZonesPtrRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZonesPTRRecord, spec::DnsZonesPtrRecordSpec, status::DnsZonesPtrRecordStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONES_PTR_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type).
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZonesSRVRecord` (resource `dnszonessrvrecords`) |
/// | Azure | `Microsoft.Network/dnsZones/SRV`, api-version `2018-05-01` |
/// | Owner | a `DnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZonesSrvRecordSpec`]; status: [`DnsZonesSrvRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONES_SRV_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZonesSRVRecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZonesSrvRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZonesSrvRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZonesSRVRecord, spec::DnsZonesSrvRecordSpec, status::DnsZonesSrvRecordStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONES_SRV_RECORD
);
/// Describes a DNS record set (a collection of DNS records with the same name and type).
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180501`, `kind: DnsZonesTXTRecord` (resource `dnszonestxtrecords`) |
/// | Azure | `Microsoft.Network/dnsZones/TXT`, api-version `2018-05-01` |
/// | Owner | a `DnsZone` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsZonesTxtRecordSpec`]; status: [`DnsZonesTxtRecordStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180501::DNS_ZONES_TXT_RECORD`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsZonesTXTRecord {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsZonesTxtRecordSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsZonesTxtRecordStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsZonesTXTRecord, spec::DnsZonesTxtRecordSpec, status::DnsZonesTxtRecordStatus,
    ::aso_catalog::network::v1api20180501::DNS_ZONES_TXT_RECORD
);
