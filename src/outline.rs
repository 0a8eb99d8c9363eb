//! Where each table is shown, and the citation label of a cell. Pure, tested natively.

use findings::{Block, Report};
use std::collections::HashSet;

/// A block's address: (section position, subsection position + 1 or 0 for the section's own
/// blocks, block position).
pub type BlockAt = (usize, usize, usize);

/// Where tables are rendered: each table once, at its first reference; the rest at the end.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placement {
    /// Blocks that render their table.
    pub render_at: HashSet<BlockAt>,
    /// For each table (by position in `Report::tables`), the section position it appears in.
    pub home: Vec<Option<usize>>,
}

impl Placement {
    /// Tables no block places, rendered after the sections.
    pub fn unplaced(&self) -> Vec<usize> {
        (0..self.home.len())
            .filter(|&i| self.home[i].is_none())
            .collect()
    }

    /// Tables shown inside section `s`, in order of appearance.
    pub fn tables_in(&self, report: &Report, s: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let Some(sec) = report.sections.get(s) else {
            return out;
        };
        let lists = std::iter::once(&sec.blocks).chain(sec.subsections.iter().map(|x| &x.blocks));
        for blocks in lists {
            for b in blocks {
                if let Block::Table { index, .. } = b {
                    if self.home.get(*index) == Some(&Some(s)) && !out.contains(index) {
                        out.push(*index);
                    }
                }
            }
        }
        out
    }
}

/// Computes where each table of `report` is rendered.
pub fn place_tables(report: &Report) -> Placement {
    let mut p = Placement {
        render_at: HashSet::new(),
        home: vec![None; report.tables.len()],
    };
    for (s, sec) in report.sections.iter().enumerate() {
        let lists = std::iter::once(&sec.blocks).chain(sec.subsections.iter().map(|x| &x.blocks));
        for (sub, blocks) in lists.enumerate() {
            for (b, block) in blocks.iter().enumerate() {
                if let Block::Table { index, .. } = block {
                    if let Some(slot @ None) = p.home.get_mut(*index) {
                        *slot = Some(s);
                        p.render_at.insert((s, sub, b));
                    }
                }
            }
        }
    }
    p
}

/// The printed form of a list of reference numbers: `[1,2,3,5]` → "(1-3, 5)".
pub fn cite_label(numbers: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let start = numbers[i];
        let mut j = i;
        while j + 1 < numbers.len() && numbers[j + 1] == numbers[j].saturating_add(1) {
            j += 1;
        }
        if j > i {
            parts.push(format!("{start}-{}", numbers[j]));
        } else {
            parts.push(start.to_string());
        }
        i = j + 1;
    }
    format!("({})", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use findings::{Section, Subsection, Table};

    fn table(n: u32) -> Table {
        Table {
            id: format!("table-{n}"),
            number: n,
            title: String::new(),
            section: None,
            columns: vec![],
            rows: vec![],
            notes: vec![],
            line: 0,
            continued: vec![],
        }
    }

    #[test]
    fn each_table_once_at_first_reference() {
        let mut r = Report {
            tables: vec![table(1), table(2), table(3)],
            ..Report::default()
        };
        let t = |index: usize| Block::Table {
            index,
            number: index as u32 + 1,
        };
        r.sections.push(Section {
            id: "section-1".into(),
            numeral: "I".into(),
            number: 1,
            title: "A".into(),
            line: 1,
            blocks: vec![t(0), t(0)],
            subsections: vec![Subsection {
                id: "s".into(),
                title: "S".into(),
                line: 2,
                blocks: vec![t(1), t(9)],
            }],
        });
        let p = place_tables(&r);
        assert!(p.render_at.contains(&(0, 0, 0)));
        assert!(!p.render_at.contains(&(0, 0, 1)));
        assert!(p.render_at.contains(&(0, 1, 0)));
        assert_eq!(p.unplaced(), vec![2]);
        assert_eq!(p.tables_in(&r, 0), vec![0, 1]);
    }

    #[test]
    fn labels_compress_ranges() {
        assert_eq!(cite_label(&[1, 2, 3, 4, 5]), "(1-5)");
        assert_eq!(cite_label(&[3, 6, 10, 14]), "(3, 6, 10, 14)");
        assert_eq!(cite_label(&[2, 7, 8, 9]), "(2, 7-9)");
        assert_eq!(cite_label(&[]), "()");
    }
}
