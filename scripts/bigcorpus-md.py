#!/usr/bin/env python3
"""Add a PDF-to-Markdown form to a big scoring corpus made by scripts/bigcorpus-make.py.

usage: PYTHONPATH=DIR_WITH_PYMUPDF4LLM python3 scripts/bigcorpus-md.py IOS_GIT_DIR OUT_DIR [--every K]

For every K-th report of OUT_DIR/truth.json (default 10; the country_year keys sorted, so the subset
is deterministic and spreads over countries and years) it takes the PDF blob bigcorpus-make.py used
(the truth's `blob`, from the same IOS_GIT_DIR), converts it with pymupdf4llm (`to_markdown`, its
defaults: pipe tables with `**bold**`, `<br>` inside cells, page furniture between parts of a
table) and writes OUT_DIR/<country>_<year>.md.txt. One conversion at a time (~10 s each); a text
already written is kept, so an interrupted run resumes. truth.json is not changed: bigscore.py
scores a `.md.txt` with the truth of the report's `.plain.txt`."""
import json, os, subprocess, sys, tempfile, time

import pymupdf4llm


def main():
    ios, out_dir = sys.argv[1:3]
    every = int(sys.argv[sys.argv.index('--every') + 1]) if '--every' in sys.argv else 10
    truth = json.load(open(os.path.join(out_dir, 'truth.json')))
    blobs = {name.rsplit('.', 2)[0]: t['blob'] for name, t in truth.items() if name.endswith('.plain.txt')}
    stems = sorted(blobs)[::every]
    print(f'{len(stems)} of {len(blobs)} reports', file=sys.stderr)
    tmp = tempfile.mkdtemp()
    start = time.time()
    for i, stem in enumerate(stems):
        out = os.path.join(out_dir, stem + '.md.txt')
        if os.path.exists(out):
            continue
        pdf = os.path.join(tmp, stem + '.pdf')
        with open(pdf, 'wb') as f:
            f.write(subprocess.run(['git', '--git-dir', ios, 'cat-file', 'blob', blobs[stem]],
                                   capture_output=True, check=True).stdout)
        try:
            md = pymupdf4llm.to_markdown(pdf, show_progress=False)
        except Exception as e:  # a PDF the converter cannot read is left out, and says why
            print(f'{stem}: {e}', file=sys.stderr)
            continue
        finally:
            os.remove(pdf)
        with open(out + '.part', 'w') as f:
            f.write(md)
        os.replace(out + '.part', out)
        print(f'{i + 1}/{len(stems)} {stem} {time.time() - start:.0f} s', file=sys.stderr)
    os.rmdir(tmp)


if __name__ == '__main__':
    main()
