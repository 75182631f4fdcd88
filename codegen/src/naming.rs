//! Names on the Kubernetes side that follow from ARM names: versions and plurals.

/// `2023-01-01` -> `v1api20230101`; `2022-01-31-preview` -> `v1api20220131preview`.
pub fn kube_version(api_version: &str) -> String {
    format!("v1api{}", api_version.replace('-', ""))
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
