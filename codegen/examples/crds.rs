use std::path::Path;
fn main() {
    let groups = aso_codegen::config::load_dir(Path::new("../specs")).unwrap();
    let kinds = aso_codegen::kinds::model(Path::new("../../shared/azure-rest-api-specs"), &groups)
        .unwrap_or_else(|e| panic!("{e:?}"));
    let out = Path::new("/tmp/crds");
    std::fs::create_dir_all(out).unwrap();
    let mut total = 0;
    for k in &kinds {
        let crd = aso_codegen::emit::crd::crd(k);
        let text = serde_json::to_string(&crd).unwrap();
        total += text.len();
        if text.len() > 200_000 {
            eprintln!("{} {} {}", k.group, k.kind, text.len());
        }
        std::fs::write(
            out.join(format!("{}.{}.azure.com.json", k.plural, k.group)),
            text,
        )
        .unwrap();
    }
    eprintln!("total {total}");
}
