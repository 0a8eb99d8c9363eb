//! Hostile inputs for the complexity bench (`benches/complexity.rs`) and the linearity test
//! (`tests/linearity.rs`): each case repeats a small unit (after an optional head) until the text
//! reaches a size, so doubling the size doubles the hard part.

/// One adversarial input family.
pub struct Case {
    /// Short name, for tables.
    pub name: &'static str,
    /// Text written once before the repeated unit.
    pub head: &'static str,
    /// The unit repeated to fill the size.
    pub unit: &'static str,
    /// Text written once after the repetition.
    pub tail: &'static str,
}

impl Case {
    /// The input at about `bytes` bytes (never less than head + one unit + tail).
    pub fn build(&self, bytes: usize) -> String {
        let body = bytes.saturating_sub(self.head.len() + self.tail.len());
        let n = (body / self.unit.len()).max(1);
        let mut s = String::with_capacity(self.head.len() + n * self.unit.len() + self.tail.len());
        s.push_str(self.head);
        for _ in 0..n {
            s.push_str(self.unit);
        }
        s.push_str(self.tail);
        s
    }

    /// The input with exactly `n` units.
    #[allow(dead_code)] // used by tests/linearity.rs, not by every bench
    pub fn copies(&self, n: usize) -> String {
        let mut s = String::with_capacity(self.head.len() + n * self.unit.len() + self.tail.len());
        s.push_str(self.head);
        for _ in 0..n {
            s.push_str(self.unit);
        }
        s.push_str(self.tail);
        s
    }
}

/// Opening of a report, so the hard part is parsed inside a recognised report and its sections.
const REPORT_HEAD: &str = "Kazakhstan\nMINIMAL ADVANCEMENT\n\nIn 2018, Kazakhstan made a minimal advancement in efforts to eliminate the worst forms of child labor.\n\nI. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR\n\nChildren in Kazakhstan are engaged in the worst forms of child labor (1-3).\n\n";

/// Every case the issue lists, and the ones found while reading the parser.
pub const CASES: &[Case] = &[
    Case { name: "one huge line", head: "", unit: "In 2018, Kazakhstan made (1-5) a <sup>†</sup> $x$ [*] | Table 1. X |\t", tail: "" },
    Case { name: "a million \\|", head: "", unit: "|", tail: "\n" },
    Case { name: "pipe rows", head: REPORT_HEAD, unit: "| a | b \\| c | (1-3) |\n", tail: "" },
    Case { name: "\"Table 1.\" lines", head: REPORT_HEAD, unit: "Table 1.\n", tail: "" },
    Case { name: "\"Table 1. X\" captions", head: REPORT_HEAD, unit: "Table 1. Statistics on Children's Work\n", tail: "" },
    Case { name: "(Cont.) captions", head: REPORT_HEAD, unit: "Table 4. Laws and Regulations (Cont.)\nStandard\tMeets\nMinimum Age\tYes (1)\n\n", tail: "" },
    Case { name: "(Cont.) (Cont.) … one caption", head: "Table 4. Laws", unit: " (Cont.)", tail: "\n" },
    Case { name: "citations (1-99999)", head: REPORT_HEAD, unit: "(1-99999) ", tail: "\n" },
    Case { name: "citations (1-300)", head: REPORT_HEAD, unit: "text (1-300) ", tail: "\n" },
    Case { name: "only whitespace", head: "", unit: " \t \n\r\n \u{c}\n", tail: "" },
    Case { name: "blank lines inside a paragraph", head: "I. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR\nchildren work in the cotton fields of the south and", unit: "\n", tail: "and in the markets of the capital city and the towns around it.\n" },
    Case { name: "NUL bytes", head: "", unit: "\0", tail: "" },
    Case { name: "\"I. PREVALENCE…\" headings", head: "", unit: "I. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR\n", tail: "" },
    Case { name: "I./II. headings (book split)", head: "", unit: "MINIMAL ADVANCEMENT\nI. PREVALENCE AND SECTORAL DISTRIBUTION\nII. LEGAL FRAMEWORK FOR CHILD LABOR\n", tail: "" },
    Case { name: "\"- 1.\" reference items", head: "REFERENCES\n", unit: "- 1. Kazakhstan Ministry of Labor. Report. http://www.enbek.gov.kz/\n", tail: "" },
    Case { name: "tab rows", head: "Table 1. Statistics\nArea\tSuggested Action\n", unit: "Enforcement\tPublish information (1)\n", tail: "" },
    Case { name: "footnote legends", head: "Table 1. Statistics\nSector\tActivity\nAgriculture*\tCotton†\n", unit: "* Evidence of this activity is limited\n", tail: "" },
    Case { name: "legends under a growing table", head: "", unit: "Table 1. Statistics (Cont.)\nSector\tActivity\nAgriculture\tCotton (1)\n* Evidence of this activity is limited\n", tail: "" },
    Case { name: "legends of unused marks, then used", head: "Table 1. Statistics\nSector\tActivity\nAgriculture*\tCotton\nIndustry\tMining\nServices\tStreet work\n", unit: "\u{2021} Determined by national law\n* Evidence of this activity is limited\n", tail: "" },
    Case { name: "identical actions (Cont.)", head: "In 2018, Kazakhstan made a minimal advancement.\n", unit: "Table 11. Suggested Government Actions (Cont.)\nArea\tSuggested Action\tYear(s) Suggested\nEnforcement\tPublish information\t2019\n", tail: "" },
    Case { name: "\"In 2000, \" opening", head: "", unit: "In 2000, ", tail: "\n" },
    Case { name: "layout rows", head: "Table 2. Overview of Children's Work by Sector and Activity\n\nSector/Industry            Activity\n", unit: "Agriculture                Farming, including harvesting cotton (1-3)\n", tail: "" },
    Case { name: "plain short lines", head: "Table 7. Key Policies Related to Child Labor\nPolicy\nDescription\n", unit: "National Plan\nAddresses child labor.\n", tail: "" },
    Case { name: "markup residue", head: "", unit: "<a <sup $^{ [* \\| ** ", tail: "\n" },
];
