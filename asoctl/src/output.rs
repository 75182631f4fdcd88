//! Writing what a command produced: to standard output, to one file, or to one file per item in a
//! folder. Everything is rendered before the first byte is written, and each file is written to a
//! temporary file beside it and renamed into place, so a failure (a full disk, a bad folder, an
//! interrupt) never leaves a half-written file where the user expects a whole one.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Where a command's output goes.
#[derive(Debug, Clone)]
pub enum Destination {
    Stdout,
    /// All documents in one file.
    File(PathBuf),
    /// One file per document, named by the document.
    Folder(PathBuf),
}

/// One rendered document and the file name it gets in a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub file_name: String,
    pub text: String,
}

/// Joins documents into one multi-document YAML stream.
pub fn join(documents: &[Document]) -> String {
    documents
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("---\n")
}

/// Writes `documents` to `destination`; returns the files written (none for standard output).
pub fn write(destination: &Destination, documents: &[Document]) -> Result<Vec<PathBuf>, String> {
    match destination {
        Destination::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(join(documents).as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| format!("writing to standard output: {e}"))?;
            Ok(Vec::new())
        }
        Destination::File(path) => {
            write_file(path, &join(documents))?;
            Ok(vec![path.clone()])
        }
        Destination::Folder(folder) => write_folder(folder, documents),
    }
}

/// Writes `text` to `path` through a temporary file in the same folder, renamed into place.
pub fn write_file(path: &Path, text: &str) -> Result<(), String> {
    let shown = path.display();
    if path.is_dir() {
        return Err(format!("{shown}: is a folder, expected a file name"));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        return Err(format!(
            "{shown}: folder {} does not exist",
            parent.display()
        ));
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".asoctl-")
        .suffix(".tmp")
        .tempfile_in(parent)
        .map_err(|e| {
            format!(
                "{shown}: creating a temporary file in {}: {e}",
                parent.display()
            )
        })?;
    temp.write_all(text.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| format!("{shown}: {e}"))?;
    temp.persist(path)
        .map_err(|e| format!("{shown}: {}", e.error))?;
    Ok(())
}

/// Writes each document to `folder/<file_name>`, creating the folder. File names come from
/// resource kinds and names; anything that could leave the folder is refused before writing.
fn write_folder(folder: &Path, documents: &[Document]) -> Result<Vec<PathBuf>, String> {
    if folder.exists() && !folder.is_dir() {
        return Err(format!("{}: exists and is not a folder", folder.display()));
    }
    let mut seen = std::collections::BTreeSet::new();
    for d in documents {
        check_file_name(&d.file_name)?;
        if !seen.insert(d.file_name.to_ascii_lowercase()) {
            return Err(format!(
                "two documents would both be written to {}",
                folder.join(&d.file_name).display()
            ));
        }
    }
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut written = Vec::new();
    for d in documents {
        let path = folder.join(&d.file_name);
        write_file(&path, &d.text)?;
        written.push(path);
    }
    Ok(written)
}

fn check_file_name(name: &str) -> Result<(), String> {
    let plain = !name.is_empty()
        && name != "."
        && name != ".."
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
    if plain {
        Ok(())
    } else {
        Err(format!("{name:?} is not a plain file name"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str, text: &str) -> Document {
        Document {
            file_name: name.into(),
            text: text.into(),
        }
    }

    #[test]
    fn one_file_holds_every_document() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("aso.yaml");
        let docs = [doc("a.yaml", "a: 1\n"), doc("b.yaml", "b: 2\n")];
        write(&Destination::File(path.clone()), &docs).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a: 1\n---\nb: 2\n");
        // Only the file itself: the temporary file was renamed, not left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_folder_gets_a_file_per_document() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("out/nested");
        let docs = [doc("a.yaml", "a: 1\n"), doc("b.yaml", "b: 2\n")];
        let written = write(&Destination::Folder(folder.clone()), &docs).unwrap();
        assert_eq!(written.len(), 2);
        assert_eq!(
            std::fs::read_to_string(folder.join("b.yaml")).unwrap(),
            "b: 2\n"
        );
    }

    #[test]
    fn bad_destinations_are_named_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing/aso.yaml");
        let e = write(&Destination::File(missing.clone()), &[doc("a", "a")]).unwrap_err();
        assert!(e.contains("does not exist") && e.contains("missing"), "{e}");
        let e = write(&Destination::File(dir.path().to_path_buf()), &[]).unwrap_err();
        assert!(e.contains("is a folder"), "{e}");

        let file = dir.path().join("plain");
        std::fs::write(&file, "x").unwrap();
        let e = write(&Destination::Folder(file.clone()), &[doc("a", "a")]).unwrap_err();
        assert!(e.contains("not a folder"), "{e}");

        let folder = dir.path().join("f");
        for bad in ["../escape.yaml", ".hidden", "a/b.yaml", ""] {
            let e = write(&Destination::Folder(folder.clone()), &[doc(bad, "x")]).unwrap_err();
            assert!(e.contains("plain file name"), "{bad}: {e}");
        }
        let e = write(
            &Destination::Folder(folder.clone()),
            &[doc("a.yaml", "1"), doc("A.yaml", "2")],
        )
        .unwrap_err();
        assert!(e.contains("both"), "{e}");
        assert!(!folder.exists(), "nothing written for refused output");
    }

    #[test]
    fn an_existing_file_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("aso.yaml");
        std::fs::write(&path, "old content that is longer than the new one\n").unwrap();
        write_file(&path, "new\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
    }
}
