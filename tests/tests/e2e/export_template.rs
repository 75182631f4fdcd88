//! `asoctl export template`'s embedded template is the chart as helm renders it, so what
//! `kubectl apply` installs from it is what `helm install` installs. `ASO_BLESS=1` rewrites it.

use std::path::Path;

use aso_e2e::tools;

const HEADER: &str =
    "# The installation template of this version: charts/aso rendered by helm with its defaults
# (createAzureOperatorSecret=false: the settings Secret is yours, as with ASO) in namespace
# azureserviceoperator-system. Kept current by tests/tests/e2e/export_template.rs
# (ASO_BLESS=1 rewrites it). Never edited by hand.
---
apiVersion: v1
kind: Namespace
metadata:
  name: azureserviceoperator-system
";

#[test]
fn the_embedded_template_is_the_chart_rendered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let home = tempfile::tempdir().unwrap();
    let output = tools::command("helm", home.path())
        .args([
            "template",
            "aso",
            root.join("charts/aso").to_str().unwrap(),
            "--namespace",
            "azureserviceoperator-system",
            "--set",
            "createAzureOperatorSecret=false",
        ])
        .output()
        .expect("helm runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let expected = format!("{HEADER}{}", String::from_utf8_lossy(&output.stdout));
    let path = root.join("asoctl/src/install.yaml");
    if std::env::var_os("ASO_BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    assert!(
        aso_ctl::export::EMBEDDED == expected,
        "{} is not the chart as rendered now; run this test with ASO_BLESS=1",
        path.display()
    );
}
