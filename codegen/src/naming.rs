//! Names on the Kubernetes side that follow from ARM names: versions and plurals; and the order
//! kube-apiserver gives version names.

use std::cmp::Ordering;

/// `2023-01-01` -> `v1api20230101`; `2022-01-31-preview` -> `v1api20220131preview`.
pub fn kube_version(api_version: &str) -> String {
    format!("v1api{}", api_version.replace('-', ""))
}

/// Whether `name` can name a CRD version (a DNS-1035 label: lower-case letters and digits
/// starting with a letter; ours and ASO's all start with `v`).
pub fn is_version_name(name: &str) -> bool {
    name.starts_with('v')
        && name.len() <= 63
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// kube-apiserver's priority of two version names, `Less` when `a` comes first (the first of a
/// group is its preferred version in discovery): Kubernetes-like names (`v2`, `v1`, `v1beta1`,
/// `v1alpha1`) first, GA before beta before alpha, higher numbers first; every other name after
/// them, alphabetically. So among `v1api20210401`, `v1api20230101` and `v1apistorage` the oldest
/// API version is preferred, as with ASO. From `CompareKubeAwareVersionStrings`
/// (k8s.io/apimachinery/pkg/version/helpers.go), which the CRD discovery controller sorts by.
pub fn version_priority(a: &str, b: &str) -> Ordering {
    match (kube_like(a), kube_like(b)) {
        (None, None) => a.cmp(b),
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        // Higher stability, then major, then minor first.
        (Some(x), Some(y)) => y.cmp(&x),
    }
}

/// `v<major>[(alpha|beta)<minor>]` as (stability, major, minor): GA 2, beta 1, alpha 0.
fn kube_like(version: &str) -> Option<(u8, i64, i64)> {
    let rest = version.strip_prefix('v')?;
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let major: i64 = rest[..digits].parse().ok()?;
    let (stability, minor) = match &rest[digits..] {
        "" => return Some((2, major, 0)),
        tail => {
            let (stability, minor) = if let Some(m) = tail.strip_prefix("beta") {
                (1, m)
            } else if let Some(m) = tail.strip_prefix("alpha") {
                (0, m)
            } else {
                return None;
            };
            if minor.is_empty() || !minor.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            (stability, minor.parse().ok()?)
        }
    };
    Some((stability, major, minor))
}

/// English plural of a lower-case kind name, as ASO's CRDs spell them.
pub fn plural(singular: &str) -> String {
    // Names ASO leaves unchanged.
    const UNCHANGED: [&str; 1] = ["redis"];
    if UNCHANGED.contains(&singular) {
        return singular.to_string();
    }
    let consonant_y = singular.ends_with('y')
        && !singular.ends_with("ay")
        && !singular.ends_with("ey")
        && !singular.ends_with("oy")
        && !singular.ends_with("uy");
    if consonant_y {
        format!("{}ies", &singular[..singular.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| singular.ends_with(end))
    {
        format!("{singular}es")
    } else {
        format!("{singular}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(kube_version("2023-01-01"), "v1api20230101");
        assert_eq!(kube_version("2022-01-31-preview"), "v1api20220131preview");
    }

    #[test]
    fn versions_in_kube_apiservers_priority() {
        let mut names = vec![
            "v1apistorage",
            "v1api20230101storage",
            "v1alpha1",
            "v1api20230101",
            "v1beta1",
            "v10",
            "v1api20210401",
            "v2",
            "v1beta2",
            "v1api20210401storage",
            "v1",
            "v11alpha2",
            "foo1",
        ];
        names.sort_by(|a, b| version_priority(a, b));
        assert_eq!(
            names,
            [
                "v10",
                "v2",
                "v1",
                "v1beta2",
                "v1beta1",
                "v11alpha2",
                "v1alpha1",
                "foo1",
                "v1api20210401",
                "v1api20210401storage",
                "v1api20230101",
                "v1api20230101storage",
                "v1apistorage",
            ]
        );
        // Digits Go's Atoi cannot hold make a name not Kubernetes-like.
        assert_eq!(
            version_priority("v99999999999999999999", "v1"),
            Ordering::Greater
        );
        assert_eq!(version_priority("v1beta", "v1"), Ordering::Greater);
    }

    #[test]
    fn version_names() {
        assert!(is_version_name("v1api20210401preview"));
        assert!(!is_version_name("V1"));
        assert!(!is_version_name("v1-api"));
        assert!(!is_version_name("api"));
    }

    #[test]
    fn plurals_as_aso_spells_them() {
        for (singular, plural_) in [
            ("storageaccount", "storageaccounts"),
            (
                "storageaccountsmanagementpolicy",
                "storageaccountsmanagementpolicies",
            ),
            ("userassignedidentity", "userassignedidentities"),
            ("publicipaddress", "publicipaddresses"),
            ("redis", "redis"),
            ("namespacesqueue", "namespacesqueues"),
            ("bastionhost", "bastionhosts"),
            ("routetablesroute", "routetablesroutes"),
            (
                "serversdatabasestransparentdataencryption",
                "serversdatabasestransparentdataencryptions",
            ),
        ] {
            assert_eq!(plural(singular), plural_);
        }
    }
}
