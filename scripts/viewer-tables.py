#!/usr/bin/env python3
"""How a browser PDF viewer's copy of a report reads its tables of text, against the same
report's `pdftotext -layout` text (its tables taken as the truth; it has errors of its own).

usage: python3 scripts/viewer-tables.py CLI DIR [--forms pdfium,pdfjs]

DIR is a big corpus made by scripts/bigcorpus-make.py, with the viewer forms made by
scripts/bigcorpus-pdfium.py and scripts/bigcorpus-pdfjs.mjs (NAME.layout.txt beside
NAME.pdfium.txt, NAME.pdfjs.txt). For the two-column tables (agencies, coordinating bodies,
policies, programs, sectors), the four-column laws table and the labor and criminal
enforcement tables of each layout text, it counts per
form: tables read with the layout's number of columns, tables read cell for cell the same, and
rows the same (cell texts, white space folded, compared as a multiset). Prints figures; asserts
nothing.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys

TWO = {'organization/agency', 'coordinating body', 'policy', 'program', 'sector/industry'}


def parse(cli, path):
    out = subprocess.run([cli, 'parse', path, '--json'], capture_output=True, text=True).stdout
    return json.loads(out)


def family(table):
    cols = table['columns']
    if len(cols) == 2 and cols[0].lower() in TWO:
        return 'two-column'
    if len(cols) == 4 and cols[0] == 'Standard':
        return 'laws'
    if len(cols) == 3 and cols[0].startswith('Overview of'):
        return 'enforcement'
    return None


def cells(table):
    return [tuple(re.sub(r'\s+', ' ', c['text']).strip().lower() for c in row['cells'])
            for row in table['rows']]


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    cli, root = args[0], args[1]
    forms = args[args.index('--forms') + 1].split(',') if '--forms' in args else ['pdfium', 'pdfjs']
    stat = collections.Counter()
    for layout in sorted(glob.glob(os.path.join(root, '*.layout.txt'))):
        base = layout[:-len('.layout.txt')]
        present = [f for f in forms if os.path.exists(f'{base}.{f}.txt')]
        if not present:
            continue
        truth = {t['number']: t for t in parse(cli, layout)['tables'] if family(t)}
        for form in present:
            read = {t['number']: t for t in parse(cli, f'{base}.{form}.txt')['tables']}
            for n, t in truth.items():
                key = (form, family(t))
                stat[key + ('tables',)] += 1
                v = read.get(n)
                if v is None or len(v['columns']) != len(t['columns']):
                    continue
                stat[key + ('columns',)] += 1
                want, got = cells(t), cells(v)
                stat[key + ('rows',)] += len(want)
                stat[key + ('same',)] += want == got
                stat[key + ('rows same',)] += sum(
                    (collections.Counter(want) & collections.Counter(got)).values())
    for form in forms:
        for fam in ('two-column', 'laws', 'enforcement'):
            s = lambda k: stat[(form, fam, k)]
            print(f"{form} {fam}: {s('tables')} tables, {s('columns')} with their columns, "
                  f"{s('same')} the same cell for cell; rows the same {s('rows same')} of "
                  f"{s('rows')}")


if __name__ == '__main__':
    main()
