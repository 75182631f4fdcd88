use std::path::Path;
fn main() {
    let specs = std::env::args()
        .nth(1)
        .unwrap_or("../../shared/azure-rest-api-specs".into());
    let groups = aso_codegen::config::load_dir(Path::new("../specs")).unwrap();
    let t = std::time::Instant::now();
    match aso_codegen::kinds::model(Path::new(&specs), &groups) {
        Ok(kinds) => {
            eprintln!("{} kinds in {:?}", kinds.len(), t.elapsed());
            let filter = std::env::args().nth(2);
            for k in &kinds {
                if filter.as_deref().is_some_and(|f| f != k.kind) {
                    continue;
                }
                println!(
                    "== {} {} {} {:?} {:?}",
                    k.group, k.version, k.kind, k.owner, k.azure_name
                );
                dump(&k.spec, "spec", 1);
                if filter.is_some() {
                    dump(&k.status, "status", 1);
                }
            }
        }
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            std::process::exit(1)
        }
    }
}
fn dump(o: &aso_codegen::model::Object, path: &str, depth: usize) {
    if depth > 12 {
        return;
    }
    for p in &o.props {
        let ty = match &p.ty {
            aso_codegen::model::Type::Object(_) => "object".to_string(),
            aso_codegen::model::Type::Array(i, _) => format!("array<{}>", short(i)),
            aso_codegen::model::Type::Map(i) => format!("map<{}>", short(i)),
            t => short(t),
        };
        println!(
            "{path}.{} : {ty}{} arm={}",
            p.name,
            if p.required { " !" } else { "" },
            p.arm.join(".")
        );
        match &p.ty {
            aso_codegen::model::Type::Object(i)
            | aso_codegen::model::Type::ReferenceKeyedMap(i) => {
                dump(i, &format!("{path}.{}", p.name), depth + 1)
            }
            aso_codegen::model::Type::Array(i, _) | aso_codegen::model::Type::Map(i) => {
                if let aso_codegen::model::Type::Object(o) = &**i {
                    dump(o, &format!("{path}.{}[]", p.name), depth + 1)
                }
                if let aso_codegen::model::Type::OneOf(u) = &**i {
                    for opt in &u.options {
                        dump(
                            &opt.object,
                            &format!("{path}.{}[].{}", p.name, opt.name),
                            depth + 1,
                        )
                    }
                }
            }
            aso_codegen::model::Type::OneOf(u) => {
                for opt in &u.options {
                    dump(
                        &opt.object,
                        &format!("{path}.{}.{}", p.name, opt.name),
                        depth + 1,
                    )
                }
            }
            _ => {}
        }
    }
}
fn short(t: &aso_codegen::model::Type) -> String {
    use aso_codegen::model::Type::*;
    match t {
        String(s) => {
            if s.enumeration.is_some() {
                "enum".into()
            } else {
                "string".into()
            }
        }
        Integer(_) => "integer".into(),
        Number(_) => "number".into(),
        Boolean => "boolean".into(),
        Any => "any".into(),
        Object(_) => "object".into(),
        Array(i, _) => format!("array<{}>", short(i)),
        Map(i) => format!("map<{}>", short(i)),
        OneOf(_) => "oneof".into(),
        ResourceReference => "ref".into(),
        SecretReference => "secret".into(),
        ConfigMapReference => "configmap".into(),
        ReferenceKeyedMap(_) => "refmap".into(),
    }
}
