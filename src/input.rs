//! Getting text in: the paste area, a file picker, a drop zone and the sample buttons.

use crate::decimal::fixed;
use crate::state::AppState;
use crate::{decode, dom, html_styles, ids, route, samples, table_grid};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Most characters of `text/html` we convert; larger clipboards fall back to `text/plain`.
const MAX_HTML: usize = 20 * 1024 * 1024;

/// Largest text shown in the paste area once it has been recognised as a report: laying out
/// megabytes in a `<textarea>` costs seconds; the Source view shows the text instead.
const MAX_SHOWN: usize = 1024 * 1024;

/// The text a paste event carries: `text/html` holding real `<table>`s converted to
/// tab-separated text, else `text/plain`.
pub fn paste_text(ev: &web_sys::ClipboardEvent) -> Option<String> {
    let data = ev.clipboard_data()?;
    let plain = data.get_data("text/plain").ok().unwrap_or_default();
    let html = data.get_data("text/html").ok().unwrap_or_default();
    if !html.is_empty() && html.len() <= MAX_HTML && html.to_ascii_lowercase().contains("<table") {
        if let Some(text) = html_to_text(&html).filter(|t| !t.trim().is_empty()) {
            return Some(decode::normalize_newlines(&text));
        }
    }
    Some(decode::normalize_newlines(&plain))
}

/// Converts HTML to text with the browser's `DOMParser` (which runs no scripts): table cells
/// separated by tabs, rows and blocks by line breaks.
fn html_to_text(html: &str) -> Option<String> {
    let parser = web_sys::DomParser::new().ok()?;
    let doc = parser
        .parse_from_string(&html_styles::strip(html), web_sys::SupportedType::TextHtml)
        .ok()?;
    let body = doc.body()?;
    let mut out = String::new();
    walk(&body, &mut out);
    Some(out)
}

fn walk(node: &web_sys::Node, out: &mut String) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        if child.node_type() == web_sys::Node::TEXT_NODE {
            let text = child.text_content().unwrap_or_default();
            let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !collapsed.is_empty() {
                if text.starts_with(char::is_whitespace) && !out.ends_with(['\n', '\t', ' ']) {
                    out.push(' ');
                }
                out.push_str(&collapsed);
                if text.ends_with(char::is_whitespace) {
                    out.push(' ');
                }
            }
            continue;
        }
        let Some(el) = child.dyn_ref::<web_sys::Element>() else {
            continue;
        };
        let tag = el.tag_name().to_ascii_lowercase();
        match tag.as_str() {
            "script" | "style" | "template" | "noscript" => {}
            "br" => out.push('\n'),
            "table" => table(el, out),
            _ => {
                let block = matches!(
                    tag.as_str(),
                    "p" | "div"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "li"
                        | "section"
                        | "article"
                        | "ul"
                        | "ol"
                        | "blockquote"
                );
                if block {
                    newline(out);
                }
                walk(&child, out);
                if block {
                    newline(out);
                    if matches!(tag.as_str(), "p" | "h1" | "h2" | "h3" | "h4") {
                        out.push('\n');
                    }
                }
            }
        }
    }
}

/// A `<table>`: its caption on a line, then one tab-separated line per row of its own (not of
/// a table nested in a cell), laid out by [`table_grid::to_tsv`] so spanned cells keep their
/// columns.
fn table(table: &web_sys::Element, out: &mut String) {
    newline(out);
    if let Ok(Some(caption)) = table.query_selector(":scope > caption") {
        walk(&caption, out);
        newline(out);
    }
    let rows = table
        .query_selector_all(":scope > tr, :scope > * > tr")
        .map(|rows| {
            (0..rows.length())
                .filter_map(|i| rows.item(i)?.dyn_into::<web_sys::Element>().ok())
                .map(|row| row_cells(&row))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    for line in table_grid::to_tsv(&rows) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
}

fn row_cells(row: &web_sys::Element) -> Vec<table_grid::SpanCell> {
    let Ok(cells) = row.query_selector_all(":scope > td, :scope > th") else {
        return Vec::new();
    };
    let span = |el: &web_sys::Element, name: &str| {
        el.get_attribute(name)
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(1)
    };
    (0..cells.length())
        .filter_map(|i| cells.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|cell| {
            let mut text = String::new();
            walk(&cell, &mut text);
            table_grid::SpanCell {
                text,
                rowspan: span(&cell, "rowspan"),
                colspan: span(&cell, "colspan"),
            }
        })
        .collect()
}

fn trim_end_spaces(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
}

fn newline(out: &mut String) {
    trim_end_spaces(out);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn load_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        match dom::read_file(file).await {
            Ok(bytes) => {
                let d = decode::decode(&bytes);
                state.load_user(d.text, d.note);
            }
            Err(e) => state.notice.set(Some(crate::state::Notice {
                error: true,
                text: format!("Could not read {name}: {e}"),
            })),
        }
    });
}

/// First-visit explanation, paste area, file picker, drop zone, samples.
#[component]
pub fn InputPanel() -> impl IntoView {
    let state = AppState::get();
    let dragging = RwSignal::new(false);
    let has_report = move || state.loaded.with(|l| l.is_some());

    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let Some(dt) = ev.data_transfer() else { return };
        if let Some(file) = dt.files().and_then(|f| f.get(0)) {
            load_file(state, file);
        } else if let Ok(text) = dt.get_data("text/plain") {
            if !text.is_empty() {
                state.load_user(decode::normalize_newlines(&text), None);
            }
        }
    };
    let on_file = move |ev: web_sys::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        if let Some(input) = input {
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                load_file(state, file);
            }
            input.set_value("");
        }
    };

    view! {
        <details class="input-panel" prop:open=move || !has_report()>
            <summary>
                {move || if has_report() { "Paste or open another report" } else { "Open a report" }}
            </summary>
            <p class="intro">
                "Paste the text of a U.S. Department of Labor “Findings on the Worst Forms of Child \
                 Labor” country report (Ctrl+V anywhere on this page), drop a "
                <code>".txt"</code>" or "<code>".md"</code>
                " file, or open one. It is parsed in your browser: nothing is uploaded."
            </p>
            {move || state.notice.get().map(|n| view! {
                <p class=if n.error { "notice error" } else { "notice" } role="alert" data-testid=ids::NOTICE>
                    {n.text}
                </p>
            })}
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                data-testid=ids::DROP_ZONE
                on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <textarea
                    data-testid=ids::PASTE_AREA
                    aria-label="Report text"
                    spellcheck="false"
                    prop:value=move || {
                        let big = state.input.with(|t| t.len() > MAX_SHOWN);
                        if big && has_report() { String::new() } else { state.input.get() }
                    }
                    prop:placeholder=move || {
                        let size = state.input.with(|t| t.len());
                        if size > MAX_SHOWN && has_report() {
                            format!(
                                "{} MB of text is open (see the Source view). Paste or drop another report here.",
                                fixed(size as f64 / 1_048_576.0, 1)
                            )
                        } else {
                            "Paste a report here, or drop a file…".to_owned()
                        }
                    }
                    on:input=move |ev| state.input.set(event_target_value(&ev))
                ></textarea>
                <div class="input-actions">
                    <label class="button file-button">
                        "Open a file…"
                        <input
                            type="file"
                            accept=".txt,.md,text/plain,text/markdown"
                            data-testid=ids::FILE_INPUT
                            on:change=on_file
                        />
                    </label>
                    <button
                        type="button"
                        data-testid=ids::PARSE_BUTTON
                        on:click=move |_| state.load_user(state.input.get_untracked(), None)
                    >
                        "Parse text"
                    </button>
                    <span class="samples">
                        "Try a sample: "
                        {samples::SAMPLES
                            .iter()
                            .map(|s| {
                                let hash = route::format_hash(Some(s.name), None);
                                view! {
                                    <button
                                        type="button"
                                        data-testid=format!("{}{}", ids::SAMPLE_PREFIX, s.name)
                                        on:click=move |_| {
                                            if dom::hash() == hash {
                                                state.follow(&hash);
                                            } else {
                                                dom::set_hash(&hash);
                                            }
                                        }
                                    >
                                        {s.label}
                                    </button>
                                }
                            })
                            .collect_view()}
                    </span>
                </div>
            </div>
        </details>
    }
}
