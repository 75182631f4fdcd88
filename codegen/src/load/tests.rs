use std::path::Path;

use super::*;

fn write(dir: &Path, name: &str, body: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, body).unwrap();
}

#[test]
fn follows_refs_across_files_and_strips_bom() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a/spec.json",
        br##"{"definitions":{"X":{"$ref":"../common/types.json#/definitions/Y"}}}"##,
    );
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(
        br##"{"definitions":{"Y":{"$ref":"#/definitions/Z"},"Z":{"type":"string"}}}"##,
    );
    write(dir.path(), "common/types.json", &bom);
    let loader = Loader::new(dir.path());
    let x = loader
        .document(Path::new("a/spec.json"))
        .unwrap()
        .child("definitions")
        .child("X");
    let z = loader.resolve(&x).unwrap();
    assert_eq!(z.location().to_string(), "common/types.json#/definitions/Z");
    assert_eq!(z.str("type"), Some("string"));
    assert_eq!(z.definition_name(), Some("Z"));
}

#[test]
fn errors_name_file_and_pointer() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "spec.json",
        br##"{"definitions":{"X":{"$ref":"#/definitions/Missing"}}}"##,
    );
    let loader = Loader::new(dir.path());
    let x = loader
        .document(Path::new("spec.json"))
        .unwrap()
        .child("definitions")
        .child("X");
    let err = loader.resolve(&x).unwrap_err().to_string();
    assert_eq!(
        err,
        "spec.json#/definitions/X: $ref \"#/definitions/Missing\": nothing at spec.json#/definitions/Missing"
    );
}

#[test]
fn reports_cycles_and_bad_json() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "spec.json",
        br##"{"definitions":{"A":{"$ref":"#/definitions/B"},"B":{"$ref":"#/definitions/A"}}}"##,
    );
    write(dir.path(), "bad.json", b"{\n  \"a\": ,\n}");
    let loader = Loader::new(dir.path());
    let a = loader
        .document(Path::new("spec.json"))
        .unwrap()
        .child("definitions")
        .child("A");
    assert!(loader.resolve(&a).unwrap_err().message.contains("cycle"));
    let bad = loader.document(Path::new("bad.json")).unwrap_err();
    assert_eq!(bad.location, "bad.json");
    assert!(bad.message.contains("line 2"), "{}", bad.message);
}

#[test]
fn escapes_pointer_segments() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "spec.json",
        br##"{"paths":{"/a/{b}":{"put":{}}}}"##,
    );
    let loader = Loader::new(dir.path());
    let put = loader
        .document(Path::new("spec.json"))
        .unwrap()
        .child("paths")
        .child("/a/{b}")
        .child("put");
    assert_eq!(put.pointer(), "/paths/~1a~1{b}/put");
    assert!(put.value().is_object());
}

#[test]
fn normalizes_paths() {
    assert_eq!(
        normalize(Path::new("a/./b/../c.json")),
        Path::new("a/c.json")
    );
    assert_eq!(
        normalize(Path::new("../x/y.json")),
        Path::new("../x/y.json")
    );
}
