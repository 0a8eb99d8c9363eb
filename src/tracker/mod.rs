//! The recommendation tracker, the year-to-year comparison and the library of reports.

pub mod matching;
pub mod model;
