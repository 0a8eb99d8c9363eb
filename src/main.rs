fn main() {
    // The browser bench (scripts/bench-browser) reads these marks: the wasm is instantiated and
    // running at `fv:main`, the app is mounted at `fv:mounted`.
    findings_viewer::mark("fv:main");
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(findings_viewer::App);
    findings_viewer::mark("fv:mounted");
}
