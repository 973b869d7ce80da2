fn main() {
    // `include_dir!` embeds ../../content; tell cargo to rebuild when anything in it changes.
    println!("cargo:rerun-if-changed=../../content");
}
