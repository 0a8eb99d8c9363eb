//! Where the library of reports and the tracker records are kept: IndexedDB when the browser
//! gives it, else memory (with a plain warning that nothing will be kept).
//!
//! Both sit behind [`Storage`]: `load` everything once at start, then `write` batches, each
//! batch in **one** read-write transaction (an import of 500 records lands whole or not at
//! all). The database is opened once, at schema [`DB_VERSION`]; [`upgrade_steps`] says what the
//! `upgradeneeded` handler creates when coming from an older version. Values are stored as
//! JSON strings under out-of-line keys (the record key, the library id), so the stored form is
//! exactly the export form of [`crate::tracker::model`].
//!
//! No call here panics: every browser failure becomes a message for the user.

use crate::tracker::model::{Data, LibraryEntry, Record};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Database name.
pub const DB_NAME: &str = "findings-viewer";
/// Schema version; raise it with a new arm in [`upgrade_steps`].
pub const DB_VERSION: u32 = 1;
/// Object store of tracker records (key: record key; value: record JSON).
pub const STORE_RECORDS: &str = "records";
/// Object store of library reports (key: library id; value: entry JSON).
pub const STORE_LIBRARY: &str = "library";

/// One write of a batch.
#[derive(Debug, Clone, PartialEq)]
pub enum Write {
    /// Insert or replace a record.
    Record(Record),
    /// Insert or replace a library report.
    Report(LibraryEntry),
    /// Remove a library report.
    RemoveReport(String),
}

/// What the upgrade handler does, one step per schema change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Create an object store.
    CreateStore(&'static str),
}

/// The steps from schema `old` (0 for a new database) to [`DB_VERSION`].
pub fn upgrade_steps(old: u32) -> Vec<Step> {
    let mut steps = Vec::new();
    if old < 1 {
        steps.push(Step::CreateStore(STORE_RECORDS));
        steps.push(Step::CreateStore(STORE_LIBRARY));
    }
    steps
}

/// Applies a batch to in-memory data (what a successful transaction did).
pub fn apply(data: &mut Data, batch: &[Write]) {
    for w in batch {
        match w {
            Write::Record(r) => {
                data.records.insert(r.key.clone(), r.clone());
            }
            Write::Report(e) => {
                data.library.insert(e.id.clone(), e.clone());
            }
            Write::RemoveReport(id) => {
                data.library.remove(id);
            }
        }
    }
}

/// What `load` found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    /// Everything readable.
    pub data: Data,
    /// Stored values that could not be read (left in place, reported).
    pub unreadable: usize,
}

/// A boxed future of the browser's single thread.
pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Somewhere to keep the tracker.
pub trait Storage {
    /// True when what is written survives a reload.
    fn persistent(&self) -> bool;
    /// Everything stored.
    fn load(&self) -> LocalFuture<'_, Result<Loaded, String>>;
    /// Writes a batch in one transaction.
    fn write(&self, batch: Vec<Write>) -> LocalFuture<'_, Result<(), String>>;
}

/// The fallback: data in memory, gone with the tab.
#[derive(Debug, Default)]
pub struct Memory {
    data: RefCell<Data>,
}

impl Storage for Memory {
    fn persistent(&self) -> bool {
        false
    }

    fn load(&self) -> LocalFuture<'_, Result<Loaded, String>> {
        let data = self.data.borrow().clone();
        Box::pin(async move {
            Ok(Loaded {
                data,
                unreadable: 0,
            })
        })
    }

    fn write(&self, batch: Vec<Write>) -> LocalFuture<'_, Result<(), String>> {
        apply(&mut self.data.borrow_mut(), &batch);
        Box::pin(async { Ok(()) })
    }
}

/// Reads stored JSON values: (decoded, how many could not be read).
pub fn decode_values<T: serde::de::DeserializeOwned>(values: &[String]) -> (Vec<T>, usize) {
    let mut ok = Vec::new();
    let mut bad = 0;
    for v in values {
        match serde_json::from_str(v) {
            Ok(x) => ok.push(x),
            Err(_) => bad += 1,
        }
    }
    (ok, bad)
}

/// The user-facing text of a browser error (a `DOMException`, an `Error`, or anything).
fn js_message(e: &JsValue) -> String {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        return match d.name().as_str() {
            "QuotaExceededError" => {
                "the browser refused to store more (storage quota exceeded)".to_owned()
            }
            "InvalidStateError" => "the database was closed (a newer version of the app opened \
                                    it in another tab); reload this tab"
                .to_owned(),
            name => format!("{name}: {}", d.message()),
        };
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string()
        .unwrap_or_else(|| "unknown storage error".to_owned())
}

fn request_error(req: &web_sys::IdbRequest) -> String {
    match req.error() {
        Ok(Some(d)) => js_message(&d.into()),
        _ => "the storage request failed".to_owned(),
    }
}

/// Resolves when the request succeeds, fails with its error otherwise.
async fn done(req: &web_sys::IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        req.set_onsuccess(Some(&resolve));
        req.set_onerror(Some(&reject));
    });
    let r = JsFuture::from(promise).await;
    req.set_onsuccess(None);
    req.set_onerror(None);
    match r {
        Ok(_) => req.result().map_err(|e| js_message(&e)),
        Err(_) => Err(request_error(req)),
    }
}

/// The browser's IndexedDB, opened once.
pub struct IndexedDb {
    db: web_sys::IdbDatabase,
}

impl IndexedDb {
    /// Opens (creating or upgrading) the database.
    pub async fn open() -> Result<IndexedDb, String> {
        let window = web_sys::window().ok_or("no window")?;
        let factory = window
            .indexed_db()
            .map_err(|e| js_message(&e))?
            .ok_or("this browser offers no IndexedDB here; a private window can hide it")?;
        let req = factory
            .open_with_u32(DB_NAME, DB_VERSION)
            .map_err(|e| js_message(&e))?;
        let upgrade_req = req.clone();
        let on_upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new(
            move |ev: web_sys::IdbVersionChangeEvent| {
                let Some(db) = upgrade_req
                    .result()
                    .ok()
                    .and_then(|v| v.dyn_into::<web_sys::IdbDatabase>().ok())
                else {
                    return;
                };
                let old = ev.old_version() as u32;
                for step in upgrade_steps(old) {
                    match step {
                        Step::CreateStore(name) => {
                            if !db.object_store_names().contains(name)
                                && db.create_object_store(name).is_err()
                            {
                                // Abort: the open request then fails with the reason.
                                if let Some(tx) = upgrade_req.transaction() {
                                    let _ = tx.abort();
                                }
                                return;
                            }
                        }
                    }
                }
            },
        );
        req.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let result = done(&req).await;
        req.set_onupgradeneeded(None);
        drop(on_upgrade);
        let db: web_sys::IdbDatabase = result?
            .dyn_into()
            .map_err(|_| "the database did not open".to_owned())?;
        // A newer version of the app opening the database in another tab asks us to let go;
        // later writes then fail with a message asking for a reload.
        let closing = db.clone();
        let on_version_change = Closure::<dyn FnMut()>::new(move || closing.close());
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        on_version_change.forget(); // lives as long as the database handle: once per page
        Ok(IndexedDb { db })
    }

    fn stores() -> js_sys::Array {
        js_sys::Array::of2(
            &JsValue::from_str(STORE_RECORDS),
            &JsValue::from_str(STORE_LIBRARY),
        )
    }

    async fn load_inner(&self) -> Result<Loaded, String> {
        let tx = self
            .db
            .transaction_with_str_sequence(&Self::stores())
            .map_err(|e| js_message(&e))?;
        let get_all = |name: &str| -> Result<web_sys::IdbRequest, String> {
            tx.object_store(name)
                .and_then(|s| s.get_all())
                .map_err(|e| js_message(&e))
        };
        let records = get_all(STORE_RECORDS)?;
        let library = get_all(STORE_LIBRARY)?;
        let strings = |v: JsValue| -> Vec<String> {
            js_sys::Array::from(&v)
                .iter()
                .map(|x| x.as_string().unwrap_or_default())
                .collect()
        };
        let records = strings(done(&records).await?);
        let library = strings(done(&library).await?);
        let (recs, bad_r): (Vec<Record>, usize) = decode_values(&records);
        let (entries, bad_l): (Vec<LibraryEntry>, usize) = decode_values(&library);
        let mut data = Data::default();
        for r in recs {
            data.records.insert(r.key.clone(), r);
        }
        for e in entries {
            data.library.insert(e.id.clone(), e);
        }
        Ok(Loaded {
            data,
            unreadable: bad_r + bad_l,
        })
    }

    async fn write_inner(&self, batch: Vec<Write>) -> Result<(), String> {
        if batch.is_empty() {
            return Ok(());
        }
        let tx = self
            .db
            .transaction_with_str_sequence_and_mode(
                &Self::stores(),
                web_sys::IdbTransactionMode::Readwrite,
            )
            .map_err(|e| js_message(&e))?;
        let finished = js_sys::Promise::new(&mut |resolve, reject| {
            tx.set_oncomplete(Some(&resolve));
            tx.set_onerror(Some(&reject));
            tx.set_onabort(Some(&reject));
        });
        let queued = (|| -> Result<(), JsValue> {
            let records = tx.object_store(STORE_RECORDS)?;
            let library = tx.object_store(STORE_LIBRARY)?;
            for w in &batch {
                match w {
                    Write::Record(r) => {
                        let json = serde_json::to_string(r).map_err(|e| e.to_string())?;
                        records
                            .put_with_key(&JsValue::from_str(&json), &JsValue::from_str(&r.key))?;
                    }
                    Write::Report(e) => {
                        let json = serde_json::to_string(e).map_err(|e| e.to_string())?;
                        library
                            .put_with_key(&JsValue::from_str(&json), &JsValue::from_str(&e.id))?;
                    }
                    Write::RemoveReport(id) => {
                        library.delete(&JsValue::from_str(id))?;
                    }
                }
            }
            Ok(())
        })();
        if let Err(e) = queued {
            let _ = tx.abort();
            let _ = JsFuture::from(finished).await;
            return Err(js_message(&e));
        }
        let r = JsFuture::from(finished).await;
        tx.set_oncomplete(None);
        tx.set_onerror(None);
        tx.set_onabort(None);
        r.map(|_| ()).map_err(|_| match tx.error() {
            Some(d) => js_message(&d.into()),
            None => "the browser aborted the save".to_owned(),
        })
    }
}

impl Storage for IndexedDb {
    fn persistent(&self) -> bool {
        true
    }

    fn load(&self) -> LocalFuture<'_, Result<Loaded, String>> {
        Box::pin(self.load_inner())
    }

    fn write(&self, batch: Vec<Write>) -> LocalFuture<'_, Result<(), String>> {
        Box::pin(self.write_inner(batch))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tracker::model::Status;

    fn record(key: &str, status: Status) -> Record {
        Record {
            key: key.into(),
            country: "Kazakhstan".into(),
            action: "Act.".into(),
            status,
            changed: 1.0,
            ..Record::default()
        }
    }

    #[test]
    fn a_new_database_gets_both_stores_and_a_current_one_nothing() {
        assert_eq!(
            upgrade_steps(0),
            [
                Step::CreateStore(STORE_RECORDS),
                Step::CreateStore(STORE_LIBRARY)
            ]
        );
        assert_eq!(upgrade_steps(DB_VERSION), []);
    }

    #[test]
    fn memory_storage_keeps_batches() {
        let m = Memory::default();
        let entry = LibraryEntry {
            id: "kazakhstan-2013-00".into(),
            country: "Kazakhstan".into(),
            year: Some(2013),
            added: 0.0,
            text: "In 2013, Kazakhstan …".into(),
        };
        let batch = vec![
            Write::Record(record("kazakhstan:0000000000000001", Status::InProgress)),
            Write::Record(record("kazakhstan:0000000000000001", Status::Implemented)),
            Write::Report(entry.clone()),
        ];
        assert_eq!(block_on(m.write(batch)), Ok(()));
        let loaded = block_on(m.load()).unwrap_or_default();
        assert_eq!(loaded.data.records.len(), 1);
        assert_eq!(
            loaded.data.records["kazakhstan:0000000000000001"].status,
            Status::Implemented
        );
        assert_eq!(loaded.data.library.get(&entry.id), Some(&entry));
        assert_eq!(
            block_on(m.write(vec![Write::RemoveReport(entry.id.clone())])),
            Ok(())
        );
        assert!(block_on(m.load())
            .unwrap_or_default()
            .data
            .library
            .is_empty());
        assert!(!m.persistent());
    }

    #[test]
    fn unreadable_values_are_counted_not_fatal() {
        let good = serde_json::to_string(&record("k:0000000000000002", Status::NotStarted))
            .unwrap_or_default();
        let (ok, bad): (Vec<Record>, usize) = decode_values(&[good, "{broken".into(), "".into()]);
        assert_eq!((ok.len(), bad), (1, 2));
    }

    /// Polls a future that never waits (the in-memory storage's).
    fn block_on<T>(mut f: LocalFuture<'_, T>) -> T {
        use std::task::{Context, Poll, Waker};
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }
}
