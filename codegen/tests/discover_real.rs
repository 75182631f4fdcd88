//! Discovery over the real specs agrees with ASO's own list of kinds (targets.yaml).

use std::path::Path;

use aso_codegen::discover::{ResourceName, discover};
use aso_codegen::load::Loader;

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct GroupVersion {
    group: String,
    kinds: Vec<Target>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Target {
    kind: String,
    arm_type: String,
    arm_uri: String,
    spec_file: String,
    scope: String,
}

#[test]
fn every_target_is_discovered() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    let text = std::fs::read_to_string(shared.join("aso-reference/targets.yaml")).unwrap();
    let targets: Vec<GroupVersion> = serde_saphyr::from_str(&text).unwrap();
    let loader = Loader::new(shared.join("azure-rest-api-specs"));
    let mut failures = Vec::new();
    let mut count = 0;
    for gv in &targets {
        for t in &gv.kinds {
            count += 1;
            match discover(&loader, Path::new(&t.spec_file), &t.arm_type) {
                Ok(d) => {
                    // ASO shows some fixed names as their parameter; either way the name is fixed.
                    let same_uri = d.arm_uri.eq_ignore_ascii_case(&t.arm_uri)
                        || (matches!(d.name, ResourceName::Fixed(_))
                            && d.arm_uri
                                .rsplit_once('/')
                                .map(|(h, _)| h.to_ascii_lowercase())
                                == t.arm_uri
                                    .rsplit_once('/')
                                    .map(|(h, _)| h.to_ascii_lowercase()));
                    if !same_uri {
                        failures.push(format!(
                            "{} {}: uri {} != {}",
                            gv.group, t.kind, d.arm_uri, t.arm_uri
                        ));
                    }
                    if format!("{:?}", d.scope) != t.scope {
                        failures.push(format!(
                            "{} {}: scope {:?} != {}",
                            gv.group, t.kind, d.scope, t.scope
                        ));
                    }
                }
                Err(e) => failures.push(format!("{} {}: {e}", gv.group, t.kind)),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
