//! Findings Viewer: paste or drop a DOL *Findings on the Worst Forms of Child Labor* country
//! report and see it structured, entirely in the browser.
//!
//! Pure logic (exports, search, routing, decoding, layout) lives in modules without browser
//! calls and is tested natively; components only wire signals to views.
#![forbid(unsafe_code)]

pub mod decimal;
pub mod decode;
pub mod export;
pub mod html_styles;
pub mod ids;
pub mod links;
pub mod outline;
pub mod route;
pub mod samples;
pub mod search;
pub mod storage;
pub mod table_grid;
pub mod tracker;

mod app;
mod dom;
mod input;
mod report;
mod state;
mod toolbar;

pub use app::App;
pub use dom::mark;
