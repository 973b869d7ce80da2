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

    /// The Rust files under `dir`.
    fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
        collect_ext(dir, &["rs"], out);
    }

    /// `MAX_…` constants in the Rust code: name → value in bytes (`const NAME: T = 4 * 1024 * 1024;`).
    fn byte_limits() -> std::collections::BTreeMap<String, u64> {
        let mut files = Vec::new();
        for dir in ["crates", "src-tauri/src"] {
            collect(&root().join(dir), &mut files);
        }
        let mut out = std::collections::BTreeMap::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for line in text.lines() {
                let line = line.trim_start().trim_start_matches("pub ").trim_start_matches("pub(crate) ");
                let Some(rest) = line.strip_prefix("const MAX_") else { continue };
                let Some((name, value)) = rest.split_once(':') else { continue };
                let Some((_, expr)) = value.split_once('=') else { continue };
                let product = expr
                    .trim()
                    .trim_end_matches(';')
                    .split('*')
                    .map(|f| f.trim().replace('_', "").parse::<u64>())
                    .collect::<Result<Vec<u64>, _>>();
                if let Ok(factors) = product {
                    out.insert(format!("MAX_{name}"), factors.iter().product());
                }
            }
        }
        out
    }

    #[test]
    fn every_size_limit_architecture_md_names_matches_the_code() {
        let architecture = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
        let limits = byte_limits();
        let mut checked = 0;
        // "<number> KiB|MiB (`MAX_NAME`)" — the size is the one right before the constant.
        let words: Vec<&str> = architecture.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let Some(name) = w.strip_prefix("(`").and_then(|w| w.split('`').next()) else { continue };
            if !name.starts_with("MAX_") || !name.ends_with("BYTES") && !name.ends_with("HOUR") {
                continue;
            }
            let code = limits
                .get(name)
                .unwrap_or_else(|| panic!("ARCHITECTURE.md names `{name}`, which the code does not define"));
            assert!(i >= 2, "`{name}` has no size before it");
            let unit = match words[i - 1] {
                "KiB" => 1024,
                "MiB" => 1024 * 1024,
                other => panic!("ARCHITECTURE.md: `{name}` must follow a size in KiB or MiB, not {other:?}"),
            };
            let n: u64 = words[i - 2]
                .parse()
                .unwrap_or_else(|_| panic!("`{name}`: {:?} is not a number", words[i - 2]));
            assert_eq!(
                n * unit,
                *code,
                "ARCHITECTURE.md says {n} {} for `{name}`; the code says {code} bytes",
                words[i - 1]
            );
            checked += 1;
        }
        assert!(checked >= 8, "only {checked} limits found in ARCHITECTURE.md");
        // And every body limit the hub and the api define is named there.
        for name in limits.keys().filter(|n| n.ends_with("_BYTES")) {
            assert!(
                architecture.contains(&format!("`{name}`")),
                "ARCHITECTURE.md does not name the limit `{name}`"
            );
        }
    }

    #[test]
    fn only_transport_ts_knows_the_app_from_the_browser() {
        // Detecting Tauri (its globals or its JavaScript API) happens in transport.ts alone;
        // screens that offer something only the app can do ask it through `inTauri()`, and
        // ARCHITECTURE.md names each of them.
        let mut files = Vec::new();
        collect_ext(&root().join("ui/src"), &["ts", "svelte"], &mut files);
        let architecture = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
        let mut askers = Vec::new();
        for file in &files {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            if name == "transport.ts" || name.ends_with(".test.ts") {
                continue;
            }
            let text = std::fs::read_to_string(file).unwrap();
            for word in ["__TAURI", "@tauri-apps", "isTauri"] {
                assert!(
                    !text.contains(word),
                    "{} knows Tauri ({word}): only lib/transport.ts may",
                    file.display()
                );
            }
            if text.contains("inTauri()") {
                assert!(
                    architecture.contains(&format!("`{name}`")),
                    "{} asks inTauri(); ARCHITECTURE.md must name `{name}` among the screens that do",
                    file.display()
                );
                askers.push(name);
            }
        }
        assert!(!askers.is_empty(), "no screen asks inTauri(): is the test looking in the right place?");
    }

    fn collect_ext(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                collect_ext(&path, exts, out);
            } else if path.extension().is_some_and(|e| exts.iter().any(|x| e == *x)) {
                out.push(path);
            }
        }
    }
}
