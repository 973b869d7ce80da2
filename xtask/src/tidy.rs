//! ARCHITECTURE.md's layering claims, checked by reading the manifests (in the spirit of
//! rust-analyzer's tidy tests; run by `cargo test`, so by the test command).

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    /// Every crate's manifest: (crate folder, normal dependencies, dev-dependencies).
    fn manifests() -> Vec<(String, Vec<String>, Vec<String>)> {
        let mut dirs: Vec<PathBuf> =
            std::fs::read_dir(root().join("crates")).unwrap().map(|e| e.unwrap().path()).collect();
        dirs.push(root().join("src-tauri"));
        dirs.push(root().join("xtask"));
        dirs.sort();
        dirs.into_iter()
            .filter(|d| d.join("Cargo.toml").exists())
            .map(|d| {
                let text = std::fs::read_to_string(d.join("Cargo.toml")).unwrap();
                let section = |name: &str| -> Vec<String> {
                    let mut on = false;
                    let mut out = Vec::new();
                    for line in text.lines() {
                        let line = line.trim();
                        if line.starts_with('[') {
                            on = line == name;
                            continue;
                        }
                        if on && !line.is_empty() && !line.starts_with('#') {
                            let dep = line.split(['=', '.', ' ']).next().unwrap_or_default();
                            out.push(dep.to_string());
                        }
                    }
                    out
                };
                let name = d.file_name().unwrap().to_string_lossy().to_string();
                (name, section("[dependencies]"), section("[dev-dependencies]"))
            })
            .collect()
    }

    #[test]
    fn core_depends_only_on_what_architecture_md_says() {
        let (_, deps, _) = manifests().into_iter().find(|(n, _, _)| n == "core").unwrap();
        let allowed = ["serde", "serde_json", "chrono", "ts-rs"];
        for dep in &deps {
            assert!(
                allowed.contains(&dep.as_str()),
                "core depends on {dep}; ARCHITECTURE.md says it does not"
            );
        }
        let architecture = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
        assert!(
            architecture.contains("Only `serde`/`serde_json`, `chrono`"),
            "ARCHITECTURE.md must name core's dependencies as this test allows them"
        );
    }

    #[test]
    fn only_the_store_knows_sql_and_only_src_tauri_knows_tauri() {
        for (name, deps, dev) in manifests() {
            if name != "store" {
                assert!(
                    !deps.iter().any(|d| d == "rusqlite"),
                    "{name} depends on rusqlite: SQL lives in store"
                );
            }
            if name != "src-tauri" {
                for d in deps.iter().chain(&dev) {
                    assert!(!d.starts_with("tauri"), "{name} depends on {d}: only src-tauri knows Tauri");
                }
            }
        }
        // And no SQL text in the other crates' code.
        let mut files = Vec::new();
        for dir in
            ["crates/api/src", "crates/core/src", "crates/hub/src", "crates/hub-client/src", "src-tauri/src"]
        {
            collect(&root().join(dir), &mut files);
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for word in ["SELECT ", "INSERT INTO", "CREATE TABLE", "PRAGMA "] {
                assert!(!text.contains(word), "{} has SQL ({word:?}): SQL lives in store", file.display());
            }
        }
    }

    fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                collect(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
}
