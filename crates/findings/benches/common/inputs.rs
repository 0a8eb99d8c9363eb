//! The texts the native benches run on: every sample under `tests/data/`, every real report of
//! `../shared/corpus/` (when that folder is beside the repository), and a synthetic book.

use std::path::{Path, PathBuf};

/// A named input text.
pub struct Input {
    /// File stem, or "book (N MB)".
    pub name: String,
    /// The decoded text.
    pub text: String,
}

/// The sample and corpus files, sorted by name.
pub fn files() -> Vec<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [
        manifest.join("tests/data"),
        manifest.join("../../../shared/corpus"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

/// Reads and decodes one file.
pub fn read(path: &Path) -> Input {
    let bytes = std::fs::read(path).unwrap_or_default();
    Input {
        name: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        text: findings::decode(&bytes).text,
    }
}

/// Every sample and corpus report.
pub fn reports() -> Vec<Input> {
    files().iter().map(|p| read(p)).collect()
}

/// A synthetic annual book of about `bytes`: the whole reports (not the excerpt samples) one
/// after another, cycling, as a book's chapters follow each other.
pub fn book(bytes: usize) -> Input {
    let whole: Vec<Input> = reports()
        .into_iter()
        .filter(|r| r.text.len() > 10_000)
        .collect();
    let mut text = String::with_capacity(bytes + 100_000);
    let mut i = 0;
    while text.len() < bytes && !whole.is_empty() {
        text.push_str(&whole[i % whole.len()].text);
        text.push_str("\n\u{c}\n");
        i += 1;
    }
    Input {
        name: format!("book ({:.1} MB)", text.len() as f64 / 1e6),
        text,
    }
}
