#!/usr/bin/env python3
"""Add a tab-separated form, a stand-in for a browser copy, to a big scoring corpus.

usage: python3 scripts/bigcorpus-tab.py DIR

For every DIR/<stem>.md.txt (pymupdf4llm's Markdown, scripts/bigcorpus-md.py) it writes
DIR/<stem>.tab.txt: each pipe-table row as its cells joined by tabs with a trailing tab (as a
browser copies an HTML table, ../shared/seeds/000_*.txt), delimiter rows dropped, `<br>` inside a
cell a space, and the inline markup a copy does not carry (`**`, `<u>`, `<mark>`, `<b>`, `<i>`)
removed; headings and every other line are kept as they are. It is synthetic: the page furniture
and line breaks are the PDF's, not a web page's; what it measures is the tab-table reader on the
tables of many reports. bigscore.py scores a `.tab.txt` with the truth of the report's `.plain.txt`.
Takes a second or two; no converter runs."""
import os, re, sys

DELIMITER = re.compile(r':?-+:?')
MARKUP = re.compile(r'</?(?:u|mark|b|i)>')


def tab_form(markdown):
    out = []
    for line in markdown.splitlines():
        s = line.strip()
        if len(s) > 1 and s.startswith('|') and s.endswith('|'):
            cells = [c.strip() for c in s[1:-1].split('|')]
            if any(cells) and all(DELIMITER.fullmatch(c) for c in cells if c):
                continue
            line = ''.join(re.sub(r'\s*<br>\s*', ' ', c) + '\t' for c in cells)
        out.append(MARKUP.sub('', line).replace('**', ''))
    return '\n'.join(out) + '\n'


def main():
    d = sys.argv[1]
    names = sorted(n for n in os.listdir(d) if n.endswith('.md.txt'))
    for n in names:
        with open(os.path.join(d, n), errors='replace') as f:
            text = tab_form(f.read())
        with open(os.path.join(d, n[:-len('.md.txt')] + '.tab.txt'), 'w') as f:
            f.write(text)
    print(f'{len(names)} tab texts written', file=sys.stderr)


if __name__ == '__main__':
    main()
