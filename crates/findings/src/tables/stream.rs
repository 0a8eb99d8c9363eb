//! Plain `pdftotext` tables: one cell per line, in reading order.

use super::Grid;
use crate::lines::{Caption, Line};

/// Reads a plain-text table body. (Being written.)
pub(crate) fn scan(_lines: &[Line], start: usize, _caption: &Caption, _known: Option<&[String]>) -> Grid {
    Grid {
        end: start,
        ..Grid::default()
    }
}
