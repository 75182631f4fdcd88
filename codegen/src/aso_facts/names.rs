//! ASO's names for what the specs call otherwise, so that its configuration can be matched with
//! the specs.
//!
//! ASO names properties and types in Go style (`PublicIpAddressId`, `Namespace_Properties_Spec`)
//! and matches its configuration case-insensitively; its names differ from the specs' in case and
//! in the separators Go identifiers cannot hold (`odata.type` -> `OdataType`). Comparing keys
//! (letters and digits, lower-case) is what matches them. Resources are named after their ARM type:
//! every segment after the provider, the last singular, joined by `_`
//! (`Microsoft.Cdn/profiles/ruleSets/rules` -> `Profiles_RuleSets_Rule`).

/// What ASO's case-insensitive matching compares: letters and digits, lower-case.
pub fn key(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Type names compare lower-case, separators kept (`Profiles_RuleSets_Rule_Spec`).
pub fn type_key(name: &str) -> String {
    name.to_ascii_lowercase()
}

/// The JSON name ASO gives a Go name: the leading capitals lower-cased, except the last when a
/// lower-case letter follows (`SSLPort` -> `sslPort`, `OIDCIssuerProfile` -> `oidcIssuerProfile`,
/// `PrimaryKeyID` -> `primaryKeyID`).
pub fn json_name(go_name: &str) -> String {
    let chars: Vec<char> = go_name.chars().collect();
    let leading = chars.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let lower = match leading {
        0 => 0,
        n if n == chars.len() => n,
        1 => 1,
        n if chars[n].is_ascii_lowercase() => n - 1,
        n => n,
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i < lower {
                c.to_ascii_lowercase()
            } else {
                *c
            }
        })
        .collect()
}

/// The JSON name of a property ASO renamed (`$renameTo: RuleConditions` -> `ruleconditions`): ASO
/// lower-cases the new name whole (`renamePropertiesInObjectType` in ASO's generator,
/// `v2/tools/generator/internal/codegen/pipeline/rename_properties.go`).
pub fn renamed_json_name(go_name: &str) -> String {
    go_name.to_ascii_lowercase()
}

/// ASO's name for the resource of an ARM type: `Microsoft.Network/dnsZones/A` -> `DnsZones_A`,
/// `Microsoft.ApiManagement/service/apis` -> `Service_Api`.
pub fn resource_name(arm_type: &str) -> String {
    let segments: Vec<&str> = arm_type.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    segments
        .iter()
        .enumerate()
        .map(|(i, segment)| {
            let segment = if i == last {
                singular(segment)
            } else {
                segment.to_string()
            };
            upper_first(&segment)
        })
        .collect::<Vec<_>>()
        .join("_")
}

/// The singular of an ARM type segment. Segments without lower-case letters are record types
/// (`NS`, `AAAA`), not plurals; `redis` is a name, not a plural.
pub fn singular(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if !word.chars().any(|c| c.is_ascii_lowercase()) || ["redis"].contains(&lower.as_str()) {
        return word.to_string();
    }
    let strip = |n: usize, add: &str| format!("{}{add}", &word[..word.len() - n]);
    if lower.ends_with("ies") {
        strip(3, "y")
    } else if ["aliases", "statuses", "buses"]
        .iter()
        .any(|w| lower.ends_with(w))
        || ["sses", "shes", "ches", "xes"]
            .iter()
            .any(|w| lower.ends_with(w))
    {
        strip(2, "")
    } else if lower.ends_with("ss") || lower.ends_with("us") {
        word.to_string()
    } else if lower.ends_with('s') {
        strip(1, "")
    } else {
        word.to_string()
    }
}

/// `ruleSets` -> `RuleSets`.
pub fn upper_first(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// ASO's glob matching for names in type transformers: `*` and `?`, case-insensitive.
pub fn glob_matches(pattern: &str, name: &str) -> bool {
    fn matches(p: &[u8], n: &[u8]) -> bool {
        match (p.first(), n.first()) {
            (None, None) => true,
            (Some(b'*'), _) => matches(&p[1..], n) || (!n.is_empty() && matches(p, &n[1..])),
            (Some(b'?'), Some(_)) => matches(&p[1..], &n[1..]),
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(b) => matches(&p[1..], &n[1..]),
            _ => false,
        }
    }
    matches(pattern.as_bytes(), name.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_names_follow_go_style() {
        for (go, json) in [
            ("SSLPort", "sslPort"),
            ("OIDCIssuerProfile", "oidcIssuerProfile"),
            ("PrimaryKeyID", "primaryKeyID"),
            ("Key1", "key1"),
            ("HostName", "hostName"),
            ("ID", "id"),
            ("PrimaryNicPrivateIpAddress", "primaryNicPrivateIpAddress"),
        ] {
            assert_eq!(json_name(go), json, "{go}");
        }
    }

    #[test]
    fn resource_names_come_from_arm_types() {
        for (arm, name) in [
            (
                "Microsoft.Cdn/profiles/ruleSets/rules",
                "Profiles_RuleSets_Rule",
            ),
            ("Microsoft.Network/dnsZones/A", "DnsZones_A"),
            ("Microsoft.Network/dnsZones/NS", "DnsZones_NS"),
            ("Microsoft.ApiManagement/service/apis", "Service_Api"),
            ("Microsoft.Cache/redis", "Redis"),
            ("Microsoft.Subscription/aliases", "Alias"),
            ("Microsoft.Network/publicIPAddresses", "PublicIPAddress"),
            ("Microsoft.ApiManagement/service/policies", "Service_Policy"),
            ("Microsoft.SignalRService/signalR", "SignalR"),
            ("Microsoft.DataFactory/factories", "Factory"),
            (
                "Microsoft.ApiManagement/service/products/apis",
                "Service_Products_Api",
            ),
        ] {
            assert_eq!(resource_name(arm), name, "{arm}");
        }
    }

    #[test]
    fn keys_ignore_case_and_separators() {
        assert_eq!(key("PublicIpAddressId"), key("publicIPAddressId"));
        assert_eq!(key("odata.type"), key("OdataType"));
        assert_ne!(key("ids"), key("id"));
    }

    #[test]
    fn globs_match_case_insensitively() {
        assert!(glob_matches("*", "Anything"));
        assert!(glob_matches("v*20210101preview", "V1API20210101PREVIEW"));
        assert!(!glob_matches("Foo?", "Foo"));
    }
}
