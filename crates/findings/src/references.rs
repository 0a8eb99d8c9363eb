//! The numbered reference list at the end of a report.

use crate::lines::Line;
use crate::report::{Format, Reference, Warning};

/// Reads the reference list from the lines after the "REFERENCES" heading (page furniture and
/// footnote legends already removed). (Being written.)
pub(crate) fn parse(_lines: &[Line], _format: Format) -> (Vec<Reference>, Vec<Warning>) {
    (Vec::new(), Vec::new())
}
