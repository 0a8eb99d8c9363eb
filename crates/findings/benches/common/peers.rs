//! The peer parsers the benches measure on the same bytes as `findings::parse_all`.

/// pulldown-cmark with GFM tables (the pipe form): a markdown parser's full event stream.
pub fn cmark_events(text: &str) -> usize {
    pulldown_cmark::Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES).count()
}

/// comrak with GFM tables: the whole document tree, its nodes counted.
pub fn comrak_nodes(text: &str) -> usize {
    let arena = comrak::Arena::new();
    let mut options = comrak::Options::default();
    options.extension.table = true;
    comrak::parse_document(&arena, text, &options)
        .descendants()
        .count()
}
