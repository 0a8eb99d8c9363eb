#!/usr/bin/env bash
# Regenerates the seed variants in this folder from the two seed reports with real tools:
# pandoc (markdown → HTML), headless Chromium (HTML → PDF, as a user's "print to PDF") and poppler's
# pdftotext (PDF → plain and -layout text, as a user's copy out of the PDF). Not run by the tests;
# needs: pandoc, chromium, poppler-utils. Usage: bash make-variants.sh [SEEDS_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seeds=${1:-$here/../../../../../shared/seeds}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$seeds/000_014f4a149c7808f2.txt" "$here/kazakhstan-2013.tab.txt"
cp "$seeds/001_db9e4e11db040b9b.txt" "$here/kazakhstan-2018.pipe.txt"
# CRLF line ends and a UTF-8 BOM, as Windows tools save a copy.
{ printf '\xEF\xBB\xBF'; sed 's/$/\r/' "$here/kazakhstan-2013.tab.txt"; } > "$here/kazakhstan-2013.crlf-bom.txt"
# The tab copy has no markdown tables: turn runs of tab rows into pipe rows so pandoc makes tables.
python3 - "$here/kazakhstan-2013.tab.txt" > "$tmp/2013.md" <<'PY'
import sys
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n')
    if '\t' in line:
        cells = [c.strip().replace('|', '/') for c in line.split('\t')]
        print('| ' + ' | '.join(cells) + ' |')
    else:
        print(line)
PY
# pandoc needs a separator row under each table's first row.
python3 - "$tmp/2013.md" > "$tmp/2013b.md" <<'PY'
import sys
prev_pipe = False
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n')
    is_pipe = line.startswith('|')
    print(line)
    if is_pipe and not prev_pipe:
        print('|' + '---|' * (line.count('|') - 1))
    prev_pipe = is_pipe
PY
pandoc -f markdown -t html5 --standalone --metadata title=" " "$tmp/2013b.md" -o "$tmp/2013.html"
pandoc -f markdown -t html5 --standalone --metadata title=" " "$here/kazakhstan-2018.pipe.txt" -o "$tmp/2018.html"
for y in 2013 2018; do
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --no-pdf-header-footer \
    --print-to-pdf="$tmp/$y.pdf" "file://$tmp/$y.html" 2>/dev/null
  pdftotext "$tmp/$y.pdf" "$here/kazakhstan-$y.pdf-plain.txt"
  pdftotext -layout "$tmp/$y.pdf" "$here/kazakhstan-$y.pdf-layout.txt"
done
# Markdown whose tables are raw HTML, as PDF-to-Markdown tools write complex tables: pandoc's
# CommonMark writer has no pipe tables, so it emits <table> elements.
pandoc -f markdown -t commonmark "$here/kazakhstan-2018.pipe.txt" -o "$here/kazakhstan-2018.html-tables.md" 2>/dev/null
