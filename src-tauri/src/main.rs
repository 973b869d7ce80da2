#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    waymark_app_lib::run();
}
