//! The few browser calls the app makes, each returning errors instead of panicking.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn err(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown browser error".to_owned())
}

fn document() -> Result<web_sys::Document, String> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "no document".to_owned())
}

/// Saves `content` as a file through a temporary object URL, revoked right after the click
/// has been dispatched (the one download helper of the app).
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let result = (|| {
        let a: web_sys::HtmlAnchorElement = document()?
            .create_element("a")
            .map_err(err)?
            .dyn_into()
            .map_err(|_| "not an anchor".to_owned())?;
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
        Ok(())
    })();
    // Revoke after the click's navigation has been queued.
    let revoke = url.clone();
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&revoke);
        },
        std::time::Duration::from_millis(0),
    );
    result
}

/// Puts text on the clipboard.
pub async fn copy_text(text: String) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = window.navigator().clipboard().write_text(&text);
    JsFuture::from(promise).await.map(|_| ()).map_err(err)
}

/// Reads a picked or dropped file's bytes.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(file.array_buffer()).await.map_err(err)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Scrolls the element with this id into view and moves focus to it for keyboard users.
pub fn scroll_to_id(id: &str) -> bool {
    let Ok(doc) = document() else { return false };
    let Some(el) = doc.get_element_by_id(id) else {
        return false;
    };
    el.scroll_into_view();
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        if !h.has_attribute("tabindex") {
            let _ = h.set_attribute("tabindex", "-1");
        }
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = h.focus_with_options(&opts);
    }
    true
}

/// The current `location.hash`.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Sets `location.hash` (fires `hashchange`, adds a history entry).
pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Replaces the URL's hash without a history entry and without firing `hashchange`. Nothing
/// happens when the hash is already that one (Chromium's `replaceState` costs milliseconds).
pub fn replace_hash(hash: &str) {
    let Some(w) = web_sys::window() else { return };
    if w.location().hash().unwrap_or_default() == hash {
        return;
    }
    let path = w.location().pathname().unwrap_or_default();
    let search = w.location().search().unwrap_or_default();
    if let Ok(h) = w.history() {
        let _ =
            h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}{hash}")));
    }
}

/// Marks the `n`-th search hit as current and scrolls to it; returns how many hits the page has.
pub fn focus_hit(n: usize) -> usize {
    let Ok(doc) = document() else { return 0 };
    let Ok(list) = doc.query_selector_all("mark.hit") else {
        return 0;
    };
    let len = list.length() as usize;
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let current = i as usize == n;
            let _ = el.class_list().toggle_with_force("current", current);
            if current {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        }
    }
    len
}

/// True when the event's target lies in the right half of the window.
pub fn in_right_half(ev: &web_sys::MouseEvent) -> bool {
    let Some(el) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0);
    el.get_bounding_client_rect().left() > width / 2.0
}

/// Watches which of the elements with these ids (in document order) is at the top of the
/// window, and reports the last visible one. Stops when dropped.
pub struct ScrollSpy {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for ScrollSpy {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Starts a [`ScrollSpy`]; `None` when the browser lacks IntersectionObserver.
pub fn scroll_spy(ids: Vec<String>, on_active: impl Fn(&str) + 'static) -> Option<ScrollSpy> {
    use std::cell::RefCell;
    use std::collections::HashSet;
    let doc = document().ok()?;
    let visible: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    let order = ids.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let mut visible = visible.borrow_mut();
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else {
                    continue;
                };
                let id = entry.target().id();
                if entry.is_intersecting() {
                    visible.insert(id);
                } else {
                    visible.remove(&id);
                }
            }
            // The last visible entry is the most specific (a table inside its section).
            if let Some(last) = order.iter().rev().find(|id| visible.contains(*id)) {
                on_active(last);
            }
        },
    );
    let opts = web_sys::IntersectionObserverInit::new();
    // Only the band just under the sticky top bar counts as "here".
    opts.set_root_margin("-60px 0px -65% 0px");
    let observer =
        web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &opts)
            .ok()?;
    for id in &ids {
        if let Some(el) = doc.get_element_by_id(id) {
            observer.observe(&el);
        }
    }
    Some(ScrollSpy {
        observer,
        _callback: callback,
    })
}

/// Scrolls the table of contents (only it, never the page) so its active entry is visible.
pub fn reveal_active_toc_entry() {
    let Ok(doc) = document() else { return };
    let toc = doc
        .query_selector(".toc")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let link = doc
        .query_selector(".toc a.active")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(toc), Some(link)) = (toc, link) else {
        return;
    };
    if toc.scroll_height() <= toc.client_height() {
        return;
    }
    let top = link.offset_top();
    let view = toc.client_height();
    let scroll = toc.scroll_top();
    if top < scroll || top > scroll + view - 40 {
        toc.set_scroll_top((top - view / 3).max(0));
    }
}

fn element(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// True when an event comes from a text field, a select or editable content.
pub fn in_any_field(target: Option<web_sys::EventTarget>) -> bool {
    element(target).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.closest("[contenteditable]").ok().flatten().is_some()
    })
}

/// True when an event comes from a field other than the report paste area.
pub fn in_other_field(target: Option<web_sys::EventTarget>) -> bool {
    let is_paste_area = element(target.clone())
        .and_then(|el| el.get_attribute("data-testid"))
        .is_some_and(|id| id == crate::ids::PASTE_AREA);
    !is_paste_area && in_any_field(target)
}

/// True when the event target lies inside an element matching `selector`.
pub fn inside(target: Option<web_sys::EventTarget>, selector: &str) -> bool {
    element(target).is_some_and(|el| el.closest(selector).ok().flatten().is_some())
}

/// Focuses the element with this `data-testid`; false when there is none.
pub fn focus_test_id(id: &str) -> bool {
    let Ok(doc) = document() else { return false };
    let el = doc
        .query_selector(&format!("[data-testid=\"{id}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    el.is_some_and(|el| el.focus().is_ok())
}

/// Publishes the sticky top bar's real height as the CSS variable `--topbar-h` (it wraps onto
/// more rows on narrower windows), so anchors and the sticky TOC sit below it, and keeps it up
/// to date with a `ResizeObserver`: its callback runs after layout, so reading the height forces
/// no layout of its own, and the variable is only written when the height changed. CSSOM, which
/// the CSP allows (inline `style` attributes it would not). Watches until the page goes away.
pub fn watch_topbar_height() {
    let Ok(doc) = document() else { return };
    let Some(bar) = doc.query_selector(".topbar").ok().flatten() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |entries: js_sys::Array| {
            let Some(bar) = entries
                .get(0)
                .dyn_into::<web_sys::ResizeObserverEntry>()
                .ok()
                .and_then(|e| e.target().dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return;
            };
            let Some(root) = document()
                .ok()
                .and_then(|d| d.document_element())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return;
            };
            let style = root.style();
            let height = format!("{}px", bar.offset_height());
            if style.get_property_value("--topbar-h").ok().as_deref() != Some(&height) {
                let _ = style.set_property("--topbar-h", &height);
            }
        },
    );
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&bar);
        // The observer and its callback live as long as the page.
        callback.forget();
    }
}

/// Time in milliseconds from the page's time origin.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Records a `performance.mark` of that name (the browser bench reads the app's marks back).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Records `performance.measure(name)` from the latest mark `start` to a new mark `end`.
pub fn measure(name: &str, start: &str, end: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(end);
        let _ = p.measure_with_start_mark_and_end_mark(name, start, end);
    }
}

/// Runs `f` once the next frame has been painted: a task queued from inside the frame's
/// `requestAnimationFrame` callback runs after that frame's paint.
pub fn after_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO)
    });
}
