//! `cdn.azure.com/v1api20230501`.
/// `AfdCustomDomain`: ARM type `Microsoft.Cdn/profiles/customDomains`, api-version `2023-05-01`.
pub static AFD_CUSTOM_DOMAIN: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "AfdCustomDomain",
    plural: "afdcustomdomains",
    arm_type: "Microsoft.Cdn/profiles/customDomains",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/customDomains/{customDomainName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "Profile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S19,
    status: &super::shapes::S20,
    exports: &[],
    arm_schema: include_str!("arm/AfdCustomDomain.2023-05-01.json"),
};
/// `AfdEndpoint`: ARM type `Microsoft.Cdn/profiles/afdEndpoints`, api-version `2023-05-01`.
pub static AFD_ENDPOINT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "AfdEndpoint",
    plural: "afdendpoints",
    arm_type: "Microsoft.Cdn/profiles/afdEndpoints",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/afdEndpoints/{endpointName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "Profile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S21,
    status: &super::shapes::S22,
    exports: &[],
    arm_schema: include_str!("arm/AfdEndpoint.2023-05-01.json"),
};
/// `AfdOrigin`: ARM type `Microsoft.Cdn/profiles/originGroups/origins`, api-version `2023-05-01`.
pub static AFD_ORIGIN: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "AfdOrigin",
    plural: "afdorigins",
    arm_type: "Microsoft.Cdn/profiles/originGroups/origins",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/originGroups/{originGroupName}/origins/{originName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "AfdOriginGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S24,
    status: &super::shapes::S25,
    exports: &[],
    arm_schema: include_str!("arm/AfdOrigin.2023-05-01.json"),
};
/// `AfdOriginGroup`: ARM type `Microsoft.Cdn/profiles/originGroups`, api-version `2023-05-01`.
pub static AFD_ORIGIN_GROUP: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "AfdOriginGroup",
    plural: "afdorigingroups",
    arm_type: "Microsoft.Cdn/profiles/originGroups",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/originGroups/{originGroupName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "Profile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S26,
    status: &super::shapes::S27,
    exports: &[],
    arm_schema: include_str!("arm/AfdOriginGroup.2023-05-01.json"),
};
/// `Profile`: ARM type `Microsoft.Cdn/profiles`, api-version `2023-05-01`.
pub static PROFILE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "Profile",
    plural: "profiles",
    arm_type: "Microsoft.Cdn/profiles",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S30,
    status: &super::shapes::S31,
    exports: &[],
    arm_schema: include_str!("arm/Profile.2023-05-01.json"),
};
/// `Route`: ARM type `Microsoft.Cdn/profiles/afdEndpoints/routes`, api-version `2023-05-01`.
pub static ROUTE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "Route",
    plural: "routes",
    arm_type: "Microsoft.Cdn/profiles/afdEndpoints/routes",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/afdEndpoints/{endpointName}/routes/{routeName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "AfdEndpoint",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S32,
    status: &super::shapes::S33,
    exports: &[],
    arm_schema: include_str!("arm/Route.2023-05-01.json"),
};
/// `Rule`: ARM type `Microsoft.Cdn/profiles/ruleSets/rules`, api-version `2023-05-01`.
pub static RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "Rule",
    plural: "rules",
    arm_type: "Microsoft.Cdn/profiles/ruleSets/rules",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/ruleSets/{ruleSetName}/rules/{ruleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "RuleSet",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S34,
    status: &super::shapes::S35,
    exports: &[],
    arm_schema: include_str!("arm/Rule.2023-05-01.json"),
};
/// `RuleSet`: ARM type `Microsoft.Cdn/profiles/ruleSets`, api-version `2023-05-01`.
pub static RULE_SET: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "RuleSet",
    plural: "rulesets",
    arm_type: "Microsoft.Cdn/profiles/ruleSets",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/ruleSets/{ruleSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "Profile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S28,
    status: &super::shapes::S36,
    exports: &[],
    arm_schema: include_str!("arm/RuleSet.2023-05-01.json"),
};
/// `Secret`: ARM type `Microsoft.Cdn/profiles/secrets`, api-version `2023-05-01`.
pub static SECRET: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "Secret",
    plural: "secrets",
    arm_type: "Microsoft.Cdn/profiles/secrets",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/secrets/{secretName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "Profile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S41,
    status: &super::shapes::S46,
    exports: &[],
    arm_schema: include_str!("arm/Secret.2023-05-01.json"),
};
/// `SecurityPolicy`: ARM type `Microsoft.Cdn/profiles/securityPolicies`, api-version `2023-05-01`.
pub static SECURITY_POLICY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20230501",
    kind: "SecurityPolicy",
    plural: "securitypolicies",
    arm_type: "Microsoft.Cdn/profiles/securityPolicies",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/securityPolicies/{securityPolicyName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "Profile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S49,
    status: &super::shapes::S51,
    exports: &[],
    arm_schema: include_str!("arm/SecurityPolicy.2023-05-01.json"),
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &AFD_CUSTOM_DOMAIN,
    &AFD_ENDPOINT,
    &AFD_ORIGIN,
    &AFD_ORIGIN_GROUP,
    &PROFILE,
    &ROUTE,
    &RULE,
    &RULE_SET,
    &SECRET,
    &SECURITY_POLICY,
];
