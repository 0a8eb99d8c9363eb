#!/usr/bin/env python3
"""Add a browser-PDF-viewer form to a big scoring corpus made by scripts/bigcorpus-make.py.

usage: PYTHONPATH=DIR_WITH_PYPDFIUM2 python3 scripts/bigcorpus-pdfium.py IOS_GIT_DIR OUT_DIR [--every K]

What a user gets who opens a report's PDF in Chrome or Edge, selects all and copies: PDFium's text,
each page's lines in the order PDFium reads them, CRLF between lines and between pages. Table rows
come a visual line at a time, the cells of a line joined by one space, so a row's year span often
ends its last action line ("... prostitution. 2019") and a short area label starts its first
("Enforcement Increase the number ..."). For every K-th report of OUT_DIR/truth.json (default 5;
the country_year keys sorted, so the subset is deterministic and spreads over countries and years)
it takes the PDF blob bigcorpus-make.py used (the truth's `blob`, from the same IOS_GIT_DIR),
extracts it with pypdfium2 (PyPI; `pip install --target DIR pypdfium2`) and writes
OUT_DIR/<country>_<year>.pdfium.txt. truth.json is not changed: bigscore.py scores a
`.pdfium.txt` with the truth of the report's `.plain.txt`."""
import json, os, subprocess, sys

import pypdfium2


def main():
    ios, out_dir = sys.argv[1:3]
    every = int(sys.argv[sys.argv.index('--every') + 1]) if '--every' in sys.argv else 5
    truth = json.load(open(os.path.join(out_dir, 'truth.json')))
    blobs = {name.rsplit('.', 2)[0]: t['blob'] for name, t in truth.items() if name.endswith('.plain.txt')}
    stems = sorted(blobs)[::every]
    print(f'{len(stems)} of {len(blobs)} reports', file=sys.stderr)
    for stem in stems:
        out = os.path.join(out_dir, stem + '.pdfium.txt')
        pdf = subprocess.run(['git', '--git-dir', ios, 'cat-file', 'blob', blobs[stem]],
                             capture_output=True, check=True).stdout
        try:
            doc = pypdfium2.PdfDocument(pdf)
            text = '\r\n'.join(page.get_textpage().get_text_range() for page in doc)
        except Exception as e:  # a PDF PDFium cannot read is left out, and says why
            print(f'{stem}: {e}', file=sys.stderr)
            continue
        with open(out, 'w', encoding='utf-8', newline='') as f:
            f.write(text)


if __name__ == '__main__':
    main()
