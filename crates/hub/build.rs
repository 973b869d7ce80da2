fn main() {
    // The UI is embedded with `include_dir!`; rebuild when it is rebuilt. An empty placeholder is
    // made if it was never built so `cargo check` works on a fresh clone (the page then says so).
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/dist");
    if !dist.exists() {
        let _ = std::fs::create_dir_all(&dist);
    }
    println!("cargo:rerun-if-changed=../../ui/dist");
}
