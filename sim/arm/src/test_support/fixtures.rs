//! Fixture kinds for tests until the generated catalog lands: real ARM types and API versions
//! with their PUT body schemas extracted from the specs in `azure-rest-api-specs` (the JSON files
//! in `schemas/`, one per kind; `schemas/README.md` says where each came from). Only what the
//! simulator reads is filled in: the Kubernetes-side shapes are empty.

use aso_runtime::kind::{AzureName, KindInfo, KindRef, NameRule, OwnerRule, Payload, Scope};
use aso_runtime::shape::ObjectShape;

pub static AUTHORIZATION_V1API20220401_ROLEASSIGNMENT: KindInfo = KindInfo {
    group: "authorization",
    api_group: "authorization.azure.com",
    version: "v1api20220401",
    kind: "RoleAssignment",
    plural: "roleassignments",
    arm_type: "Microsoft.Authorization/roleAssignments",
    api_version: "2022-04-01",
    arm_uri: "/{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}",
    scope: Scope::Extension,
    owner: OwnerRule::Arbitrary,
    azure_name: AzureName::UuidFromSpec(NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/authorization_v1api20220401_roleassignment.json"),
    aso_versions: &["v1api20220401"],
};

pub static CACHE_V1API20230401_REDIS: KindInfo = KindInfo {
    group: "cache",
    api_group: "cache.azure.com",
    version: "v1api20230401",
    kind: "Redis",
    plural: "redis",
    arm_type: "Microsoft.Cache/redis",
    api_version: "2023-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cache/redis/{name}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/cache_v1api20230401_redis.json"),
    aso_versions: &["v1api20230401"],
};

pub static DBFORPOSTGRESQL_V1API20221201_FLEXIBLESERVER: KindInfo = KindInfo {
    group: "dbforpostgresql",
    api_group: "dbforpostgresql.azure.com",
    version: "v1api20221201",
    kind: "FlexibleServer",
    plural: "flexibleservers",
    arm_type: "Microsoft.DBforPostgreSQL/flexibleServers",
    api_version: "2022-12-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: Some(r"^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"),
        min_length: Some(3),
        max_length: Some(63),
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/dbforpostgresql_v1api20221201_flexibleserver.json"),
    aso_versions: &["v1api20221201"],
};

pub static DOCUMENTDB_V1API20231115_DATABASEACCOUNT: KindInfo = KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "DatabaseAccount",
    plural: "databaseaccounts",
    arm_type: "Microsoft.DocumentDB/databaseAccounts",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: Some(r"^[a-z0-9]+(-[a-z0-9]+)*"),
        min_length: Some(3),
        max_length: Some(50),
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/documentdb_v1api20231115_databaseaccount.json"),
    aso_versions: &["v1api20231115"],
};

pub static EVENTHUB_V1API20211101_NAMESPACE: KindInfo = KindInfo {
    group: "eventhub",
    api_group: "eventhub.azure.com",
    version: "v1api20211101",
    kind: "Namespace",
    plural: "namespaces",
    arm_type: "Microsoft.EventHub/namespaces",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventHub/namespaces/{namespaceName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: Some(r"^[a-zA-Z][a-zA-Z0-9-]{6,50}[a-zA-Z0-9]$"),
        min_length: Some(6),
        max_length: Some(50),
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/eventhub_v1api20211101_namespace.json"),
    aso_versions: &["v1api20211101"],
};

pub static EVENTHUB_V1API20211101_NAMESPACESAUTHORIZATIONRULE: KindInfo = KindInfo {
    group: "eventhub",
    api_group: "eventhub.azure.com",
    version: "v1api20211101",
    kind: "NamespacesAuthorizationRule",
    plural: "namespacesauthorizationrules",
    arm_type: "Microsoft.EventHub/namespaces/authorizationRules",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventHub/namespaces/{namespaceName}/authorizationRules/{authorizationRuleName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "eventhub.azure.com",
        kind: "Namespace",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: Some(1),
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/eventhub_v1api20211101_namespacesauthorizationrule.json"),
    aso_versions: &["v1api20211101"],
};

pub static EVENTHUB_V1API20211101_NAMESPACESEVENTHUB: KindInfo = KindInfo {
    group: "eventhub",
    api_group: "eventhub.azure.com",
    version: "v1api20211101",
    kind: "NamespacesEventhub",
    plural: "namespaceseventhubs",
    arm_type: "Microsoft.EventHub/namespaces/eventhubs",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventHub/namespaces/{namespaceName}/eventhubs/{eventHubName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "eventhub.azure.com",
        kind: "Namespace",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: Some(1),
        max_length: Some(256),
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/eventhub_v1api20211101_namespaceseventhub.json"),
    aso_versions: &["v1api20211101"],
};

pub static EVENTHUB_V1API20211101_NAMESPACESEVENTHUBSAUTHORIZATIONRULE: KindInfo = KindInfo {
    group: "eventhub",
    api_group: "eventhub.azure.com",
    version: "v1api20211101",
    kind: "NamespacesEventhubsAuthorizationRule",
    plural: "namespaceseventhubsauthorizationrules",
    arm_type: "Microsoft.EventHub/namespaces/eventhubs/authorizationRules",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventHub/namespaces/{namespaceName}/eventhubs/{eventHubName}/authorizationRules/{authorizationRuleName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "eventhub.azure.com",
        kind: "NamespacesEventhub",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: Some(1),
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!(
        "schemas/eventhub_v1api20211101_namespaceseventhubsauthorizationrule.json"
    ),
    aso_versions: &["v1api20211101"],
};

pub static KEYVAULT_V1API20210401PREVIEW_VAULT: KindInfo = KindInfo {
    group: "keyvault",
    api_group: "keyvault.azure.com",
    version: "v1api20210401preview",
    kind: "Vault",
    plural: "vaults",
    arm_type: "Microsoft.KeyVault/vaults",
    api_version: "2021-04-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.KeyVault/vaults/{vaultName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: Some(r"^[a-zA-Z0-9-]{3,24}$"),
        min_length: None,
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/keyvault_v1api20210401preview_vault.json"),
    aso_versions: &["v1api20210401preview"],
};

pub static KEYVAULT_V1API20230701_VAULT: KindInfo = KindInfo {
    group: "keyvault",
    api_group: "keyvault.azure.com",
    version: "v1api20230701",
    kind: "Vault",
    plural: "vaults",
    arm_type: "Microsoft.KeyVault/vaults",
    api_version: "2023-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.KeyVault/vaults/{vaultName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: Some(r"^[a-zA-Z0-9-]{3,24}$"),
        min_length: None,
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/keyvault_v1api20230701_vault.json"),
    aso_versions: &["v1api20230701"],
};

pub static MANAGEDIDENTITY_V1API20230131_FEDERATEDIDENTITYCREDENTIAL: KindInfo = KindInfo {
    group: "managedidentity",
    api_group: "managedidentity.azure.com",
    version: "v1api20230131",
    kind: "FederatedIdentityCredential",
    plural: "federatedidentitycredentials",
    arm_type: "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
    api_version: "2023-01-31",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}/federatedIdentityCredentials/{federatedIdentityCredentialResourceName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "managedidentity.azure.com",
        kind: "UserAssignedIdentity",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: Some(r"^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$"),
        min_length: None,
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!(
        "schemas/managedidentity_v1api20230131_federatedidentitycredential.json"
    ),
    aso_versions: &["v1api20230131"],
};

pub static MANAGEDIDENTITY_V1API20230131_USERASSIGNEDIDENTITY: KindInfo = KindInfo {
    group: "managedidentity",
    api_group: "managedidentity.azure.com",
    version: "v1api20230131",
    kind: "UserAssignedIdentity",
    plural: "userassignedidentities",
    arm_type: "Microsoft.ManagedIdentity/userAssignedIdentities",
    api_version: "2023-01-31",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/managedidentity_v1api20230131_userassignedidentity.json"),
    aso_versions: &["v1api20230131"],
};

pub static RESOURCES_V1API20200601_RESOURCEGROUP: KindInfo = KindInfo {
    group: "resources",
    api_group: "resources.azure.com",
    version: "v1api20200601",
    kind: "ResourceGroup",
    plural: "resourcegroups",
    arm_type: "Microsoft.Resources/resourceGroups",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}",
    scope: Scope::Location,
    owner: OwnerRule::None,
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: Some(1),
        max_length: Some(90),
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/resources_v1api20200601_resourcegroup.json"),
    aso_versions: &["v1api20200601"],
};

pub static SERVICEBUS_V1API20211101_NAMESPACE: KindInfo = KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20211101",
    kind: "Namespace",
    plural: "namespaces",
    arm_type: "Microsoft.ServiceBus/namespaces",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/servicebus_v1api20211101_namespace.json"),
    aso_versions: &["v1api20211101"],
};

pub static SERVICEBUS_V1API20211101_NAMESPACESAUTHORIZATIONRULE: KindInfo = KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20211101",
    kind: "NamespacesAuthorizationRule",
    plural: "namespacesauthorizationrules",
    arm_type: "Microsoft.ServiceBus/namespaces/AuthorizationRules",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}/AuthorizationRules/{authorizationRuleName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "servicebus.azure.com",
        kind: "Namespace",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: Some(1),
        max_length: Some(50),
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/servicebus_v1api20211101_namespacesauthorizationrule.json"),
    aso_versions: &["v1api20211101"],
};

pub static SERVICEBUS_V1API20211101_NAMESPACESQUEUE: KindInfo = KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20211101",
    kind: "NamespacesQueue",
    plural: "namespacesqueues",
    arm_type: "Microsoft.ServiceBus/namespaces/queues",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}/queues/{queueName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "servicebus.azure.com",
        kind: "Namespace",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: Some(1),
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/servicebus_v1api20211101_namespacesqueue.json"),
    aso_versions: &["v1api20211101"],
};

pub static SERVICEBUS_V1API20211101_NAMESPACESTOPIC: KindInfo = KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20211101",
    kind: "NamespacesTopic",
    plural: "namespacestopics",
    arm_type: "Microsoft.ServiceBus/namespaces/topics",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}/topics/{topicName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "servicebus.azure.com",
        kind: "Namespace",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: Some(1),
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/servicebus_v1api20211101_namespacestopic.json"),
    aso_versions: &["v1api20211101"],
};

pub static SQL_V1API20211101_SERVER: KindInfo = KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "Server",
    plural: "servers",
    arm_type: "Microsoft.Sql/servers",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/sql_v1api20211101_server.json"),
    aso_versions: &["v1api20211101"],
};

pub static STORAGE_V1API20210401_STORAGEACCOUNT: KindInfo = KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20210401",
    kind: "StorageAccount",
    plural: "storageaccounts",
    arm_type: "Microsoft.Storage/storageAccounts",
    api_version: "2021-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: Some(3),
        max_length: Some(24),
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/storage_v1api20210401_storageaccount.json"),
    aso_versions: &["v1api20210401"],
};

pub static STORAGE_V1API20230101_STORAGEACCOUNT: KindInfo = KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccount",
    plural: "storageaccounts",
    arm_type: "Microsoft.Storage/storageAccounts",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: Some(r"^[a-z0-9]+$"),
        min_length: Some(3),
        max_length: Some(24),
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/storage_v1api20230101_storageaccount.json"),
    aso_versions: &["v1api20230101"],
};

pub static STORAGE_V1API20230101_STORAGEACCOUNTSBLOBSERVICE: KindInfo = KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsBlobService",
    plural: "storageaccountsblobservices",
    arm_type: "Microsoft.Storage/storageAccounts/blobServices",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "storage.azure.com",
        kind: "StorageAccount",
    }),
    azure_name: AzureName::Fixed("default"),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!("schemas/storage_v1api20230101_storageaccountsblobservice.json"),
    aso_versions: &["v1api20230101"],
};

pub static STORAGE_V1API20230101_STORAGEACCOUNTSBLOBSERVICESCONTAINER: KindInfo = KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsBlobServicesContainer",
    plural: "storageaccountsblobservicescontainers",
    arm_type: "Microsoft.Storage/storageAccounts/blobServices/containers",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}",
    scope: Scope::ResourceGroup,
    owner: OwnerRule::Kind(KindRef {
        group: "storage.azure.com",
        kind: "StorageAccountsBlobService",
    }),
    azure_name: AzureName::FromSpec(NameRule {
        pattern: None,
        min_length: Some(3),
        max_length: Some(63),
    }),
    payload: Payload::OmitEmpty,
    spec: &ObjectShape::EMPTY,
    status: &ObjectShape::EMPTY,
    exports: &[],
    arm_schema: include_str!(
        "schemas/storage_v1api20230101_storageaccountsblobservicescontainer.json"
    ),
    aso_versions: &["v1api20230101"],
};

/// Every fixture kind.
pub fn catalog() -> Vec<&'static KindInfo> {
    vec![
        &AUTHORIZATION_V1API20220401_ROLEASSIGNMENT,
        &CACHE_V1API20230401_REDIS,
        &DBFORPOSTGRESQL_V1API20221201_FLEXIBLESERVER,
        &DOCUMENTDB_V1API20231115_DATABASEACCOUNT,
        &EVENTHUB_V1API20211101_NAMESPACE,
        &EVENTHUB_V1API20211101_NAMESPACESAUTHORIZATIONRULE,
        &EVENTHUB_V1API20211101_NAMESPACESEVENTHUB,
        &EVENTHUB_V1API20211101_NAMESPACESEVENTHUBSAUTHORIZATIONRULE,
        &KEYVAULT_V1API20210401PREVIEW_VAULT,
        &KEYVAULT_V1API20230701_VAULT,
        &MANAGEDIDENTITY_V1API20230131_FEDERATEDIDENTITYCREDENTIAL,
        &MANAGEDIDENTITY_V1API20230131_USERASSIGNEDIDENTITY,
        &RESOURCES_V1API20200601_RESOURCEGROUP,
        &SERVICEBUS_V1API20211101_NAMESPACE,
        &SERVICEBUS_V1API20211101_NAMESPACESAUTHORIZATIONRULE,
        &SERVICEBUS_V1API20211101_NAMESPACESQUEUE,
        &SERVICEBUS_V1API20211101_NAMESPACESTOPIC,
        &SQL_V1API20211101_SERVER,
        &STORAGE_V1API20210401_STORAGEACCOUNT,
        &STORAGE_V1API20230101_STORAGEACCOUNT,
        &STORAGE_V1API20230101_STORAGEACCOUNTSBLOBSERVICE,
        &STORAGE_V1API20230101_STORAGEACCOUNTSBLOBSERVICESCONTAINER,
    ]
}
