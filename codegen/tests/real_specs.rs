//! Generation over the real ARM specs: every configured kind, deterministic output, and the
//! committed output current.

use std::path::Path;

use std::collections::BTreeMap;

use aso_codegen::{config, generate, kinds};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn specs() -> std::path::PathBuf {
    std::env::var_os("ASO_SPECS_DIR")
        .map(Into::into)
        .unwrap_or_else(|| root().join("../shared/azure-rest-api-specs"))
}

#[test]
fn generates_every_kind_twice_identically_and_matches_the_committed_output() {
    let first = generate::render(&specs(), &root().join("specs"))
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let second = generate::render(&specs(), &root().join("specs"))
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!(
        first.kinds.len(),
        303,
        "the 38 groups hold 303 group-version-kinds, every one ASO has"
    );
    assert_eq!(first.files.len(), second.files.len());
    for ((path_a, a), (path_b, b)) in first.files.iter().zip(&second.files) {
        assert_eq!(path_a, path_b);
        assert!(a == b, "{} differs between two runs", path_a.display());
    }
    // `crds/` also holds files other crates render (the database User CRDs of aso-dbuser, written
    // by `cargo xtask generate`, whose `--check` covers the whole folder): here only what this
    // crate renders is compared.
    let stale: Vec<String> = generate::stale_files(root(), &first)
        .unwrap()
        .into_iter()
        .filter(|s| !s.ends_with("(no longer generated)"))
        .collect();
    assert!(
        stale.is_empty(),
        "committed output is stale, run `cargo xtask generate`:\n{}",
        stale.join("\n")
    );
}

/// etcd stores an object of at most 1.5 MiB; kube-apiserver also writes the CRD's status and
/// managed fields, and a client-side `kubectl apply` doubles the object in an annotation. The
/// issue's budget for the largest CRD is half a mebibyte.
const CRD_BUDGET: usize = 512 * 1024;

#[test]
fn every_crd_is_within_budget_as_compact_json() {
    let output = generate::render(&specs(), &root().join("specs"))
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!(output.crds.len(), 200, "one CRD per (group, kind)");
    for (name, crd) in &output.crds {
        let size = serde_json::to_vec(crd).unwrap().len();
        assert!(size < CRD_BUDGET, "{name} is {size} bytes");
    }
}

/// Each CRD lists ASO's storage variant of every ASO version of its kind, so ASO's version lists
/// in our configuration (`asoVersions`, or the configured versions) must be ASO's.
#[test]
fn every_kind_has_asos_versions() {
    let text =
        std::fs::read_to_string(root().join("../shared/aso-reference/targets.yaml")).unwrap();
    let targets: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let mut aso: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for group in targets.as_array().unwrap() {
        for kind in group["kinds"].as_array().unwrap() {
            aso.entry((
                group["group"].as_str().unwrap().to_string(),
                kind["kind"].as_str().unwrap().to_string(),
            ))
            .or_default()
            .push(group["asoVersion"].as_str().unwrap().to_string());
        }
    }
    let groups = config::load_dir(&root().join("specs")).unwrap();
    let kinds = kinds::model(&specs(), &groups).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let mut failures = Vec::new();
    for kind in &kinds {
        let mut theirs = aso
            .get(&(kind.group.clone(), kind.kind.clone()))
            .cloned()
            .unwrap_or_default();
        theirs.sort();
        if kind.aso_versions != theirs {
            failures.push(format!(
                "{} {} {}: asoVersions {:?}, ASO has {theirs:?}",
                kind.group, kind.version, kind.kind, kind.aso_versions
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every group-version-kind ASO serves (`targets.yaml`) at an api-version we configure is
/// generated, each with ASO's ARM type, ARM URI and owner: the import checks the facts, this the
/// kinds.
#[test]
fn every_aso_kind_of_a_configured_version_is_generated_as_aso_has_it() {
    let text =
        std::fs::read_to_string(root().join("../shared/aso-reference/targets.yaml")).unwrap();
    let targets: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let groups = config::load_dir(&root().join("specs")).unwrap();
    let kinds = kinds::model(&specs(), &groups).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let parent = |uri: &str| {
        uri.rsplit_once('/')
            .map_or(uri, |(head, _)| head)
            .to_string()
    };
    let ours: BTreeMap<(&str, &str, &str), &aso_codegen::model::Kind> = kinds
        .iter()
        .map(|k| ((k.group.as_str(), k.version.as_str(), k.kind.as_str()), k))
        .collect();
    // As written: kinds `ours` omits, each saying why, are not generated on purpose.
    let written = config::read_dir(&root().join("specs")).unwrap();
    let configured = |group: &str, api_version: &str| {
        written
            .iter()
            .find(|g| g.group == group)
            .and_then(|g| g.versions.get(api_version))
    };
    let mut failures = Vec::new();
    let mut checked = 0;
    for group in targets.as_array().unwrap() {
        let name = group["group"].as_str().unwrap();
        let version = group["asoVersion"].as_str().unwrap();
        let Some(configured) = configured(name, group["apiVersion"].as_str().unwrap()) else {
            continue;
        };
        for target in group["kinds"].as_array().unwrap() {
            let kind = target["kind"].as_str().unwrap();
            if configured.ours.kinds.get(kind).is_some_and(|k| k.omit) {
                continue;
            }
            let Some(ours) = ours.get(&(name, version, kind)) else {
                failures.push(format!("{name} {version} {kind}: not generated"));
                continue;
            };
            checked += 1;
            let owner = match ours.owner {
                aso_runtime::OwnerRule::None => String::new(),
                aso_runtime::OwnerRule::Arbitrary => "*".to_string(),
                aso_runtime::OwnerRule::Kind(k) => format!("{}/{}", k.group, k.kind),
            };
            let theirs_owner = match target["ownerRef"].as_str() {
                Some("ArbitraryOwnerReference") => "*",
                _ => target["owner"].as_str().unwrap_or(""),
            };
            let text = |key: &str| target[key].as_str().unwrap_or("").to_string();
            for (what, ours, theirs) in [
                ("ARM type", ours.arm_type.clone(), text("armType")),
                // A fixed name (`administrators/ActiveDirectory`) stands where ASO keeps the
                // name's parameter; the name rule is checked apart.
                ("ARM URI", parent(&ours.arm_uri), parent(&text("armUri"))),
                ("owner", owner, theirs_owner.to_string()),
            ] {
                if !ours.eq_ignore_ascii_case(&theirs) {
                    failures.push(format!(
                        "{name} {version} {kind}: {what} {ours:?}, ASO has {theirs:?}"
                    ));
                }
            }
        }
    }
    assert_eq!(checked, kinds.len(), "every generated kind is one of ASO's");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
