#!/usr/bin/env python3
"""Score the parser on many real reports against Sweat & Toil XML truth, like corpus-score.py.

usage: python3 scripts/bigscore.py CLI DIR [DIR ...] [-v] [--worst N] [--only SUBSTRING] [--jobs N]
                                   [--json OUT]

Each DIR holds report texts and a truth.json (made by scripts/bigcorpus-make.py) mapping each text's
file name to {country, year, level, actions: [{area, action}]}. For every text it runs
`CLI parse FILE --json` and checks, exactly as ../shared/tools/corpus-score.py does: the country
(normalised, accents folded; the XML name or another way of writing it, "Gambia, The" / "The
Gambia"), the year, the level's first word (when the truth has a
level) and each action (the most similar recommendation has similarity >= 0.8 and the same area).
Only actions the report's own text bears out are scored: the XML may carry another edition's
wording, so an action whose opening and closing words are not both found, in order, in the
normalised text of the PDF (plain or layout form) is left out and counted as "unconfirmed", and so
is a level the report's opening does not give ("MINIMAL ADVANCEMENT"). A combined report of several
territories ("Overseas Territories of ...") is parsed with --all and scored on the part about the
territory it was filed under.
A `<stem>.md.txt` beside a `<stem>.plain.txt` (pymupdf4llm's Markdown, scripts/bigcorpus-md.py) is
scored with the plain text's truth as a third form, md, and a `<stem>.tab.txt` (the same tables
tab-separated, scripts/bigcorpus-tab.py) as a fourth, tab, and a `<stem>.pdfium.txt` (what a copy out of
Chrome's PDF viewer gives, scripts/bigcorpus-pdfium.py) as a fifth, pdfium, and a `<stem>.pdfjs.txt`
(Firefox's, scripts/bigcorpus-pdfjs.mjs) as a sixth, pdfjs; the PDF's text they are checked against
stays the plain and layout forms, and their facts are counted per form and on a line of their own
each, not in the total, per fact or per year. Prints the total, a breakdown per year and per form
(plain/layout/md/tab/pdfium/pdfjs), the worst reports, and with -v every missed fact. --json writes the per-text results, to compare two runs."""
import collections, difflib, json, os, re, subprocess, sys, unicodedata
from concurrent.futures import ThreadPoolExecutor


# The forms scored beside plain and layout, on lines of their own.
EXTRA = ('md', 'tab', 'pdfium', 'pdfjs')


def norm(s):
    s = (s or '').lower().replace('’', "'").replace('‘', "'")
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    s = re.sub(r"[^a-z0-9' ]+", ' ', s)
    return re.sub(r'\s+', ' ', s).strip()


def best_match(recs, want):
    """The first recommendation most similar to want, as corpus-score.py's similar() and max()
    pick it (the larger of word-set Jaccard and difflib's ratio), with its similarity; one whose
    cheap upper bound cannot beat the best so far is skipped."""
    best, best_sim = None, -1.0
    tw = set(want.split())
    for a, r in recs:
        if not a or not want:
            sim = 0.0
        else:
            ta = set(a.split())
            jac = len(ta & tw) / len(ta | tw)
            m = difflib.SequenceMatcher(None, a, want)
            if max(jac, m.real_quick_ratio()) <= best_sim or max(jac, m.quick_ratio()) <= best_sim:
                continue
            sim = max(jac, m.ratio())
        if sim > best_sim:
            best, best_sim = r, sim
    return best, best_sim


def text_norm(text):
    """The report text as one run of normalised words; words hyphenated across lines rejoined."""
    text = re.sub(r'(\w)-\s*\n\s*(\w)', r'\1\2', text)
    return ' ' + norm(text) + ' '


def borne_out(action, doc):
    """Whether the action's first and last five words occur, in order and near each other, in doc."""
    words = norm(action).split()
    if not words:
        return False
    head, tail = ' ' + ' '.join(words[:5]) + ' ', ' ' + ' '.join(words[-5:]) + ' '
    reach = 4 * len(' '.join(words)) + 400
    start = doc.find(head)
    while start >= 0:
        end = doc.find(tail, start)
        if 0 <= end <= start + reach:
            return True
        start = doc.find(head, start + 1)
    return False


def level_borne_out(level, docs):
    """Whether the report's opening (label or sentence) gives this grade."""
    grade = norm(level).split(' ')[0]
    return any(re.search(rf'\b{grade} (advancement|assessment)\b', d[:3000]) for d in docs)


def score(cli, path, truth, docs):
    names = {norm(n) for n in [truth['country']] + truth.get('aliases', [])}
    try:
        out = subprocess.run(cli.split() + ['parse', path, '--json'] + (['--all'] if truth['combined'] else []),
                             capture_output=True, timeout=120)
        rep = json.loads(out.stdout.decode('utf-8'))
        if isinstance(rep, list):
            # A combined report of several territories: the part about this one.
            rep = next((r for r in rep if norm(r.get('country')) in names), rep[0] if rep else {})
    except Exception as e:  # a crash or bad JSON scores zero, and says why
        rep = {'_error': str(e)}
    facts = [('country', norm(rep.get('country')) in names),
             ('year', rep.get('year') == truth['year'])]
    unconfirmed = 0
    if truth.get('level') and not level_borne_out(truth['level'], docs):
        unconfirmed += 1
    elif truth.get('level'):
        a = rep.get('assessment')
        level = a.get('level') if isinstance(a, dict) else a
        facts.append(('level', bool(level) and norm(level).split(' ')[0] == norm(truth['level']).split(' ')[0]))
    recs = [(norm(r.get('action')), r) for r in rep.get('recommendations') or [] if isinstance(r, dict)]
    for g in truth.get('actions', []):
        if not any(borne_out(g['action'], d) for d in docs):
            unconfirmed += 1
            continue
        best, sim = best_match(recs, norm(g['action']))
        hit = best is not None and sim >= 0.8 and norm(best.get('area')) == g['area']
        facts.append((f'[{g["area"]}] {g["action"][:70]}', hit))
    return {'facts': facts, 'unconfirmed': unconfirmed, 'got': (rep.get('country'), rep.get('year'), len(recs)),
            'error': rep.get('_error')}


def main():
    args = sys.argv[1:]
    opt = lambda name, default: args[args.index(name) + 1] if name in args else default
    verbose = '-v' in args
    worst, only, jobs, json_out = int(opt('--worst', 15)), opt('--only', ''), int(opt('--jobs', 2)), opt('--json', None)
    skip = {opt(n, None) for n in ('--worst', '--only', '--jobs', '--json')}
    pos = [a for a in args if not a.startswith('-') and a not in skip]
    cli, dirs = pos[0], pos[1:]
    work = []
    for d in dirs:
        truth = json.load(open(os.path.join(d, 'truth.json')))
        # A report's PDF-to-Markdown, tab, PDFium and pdf.js forms (scripts/bigcorpus-md.py, -tab.py, -pdfium.py,
        # -pdfjs.mjs), where made,
        # have its plain truth.
        extra = {f'{n.rsplit(".", 2)[0]}.{form}.txt': t for n, t in truth.items() if n.endswith('.plain.txt')
                 for form in EXTRA}
        for name, t in sorted(list(truth.items()) + list(extra.items())):
            if name.startswith('_') or only not in name or not os.path.exists(os.path.join(d, name)):
                continue
            stem = name.rsplit('.', 2)[0]
            docs = [text_norm(open(os.path.join(d, f'{stem}.{form}.txt'), errors='replace').read())
                    for form in ('plain', 'layout') if os.path.exists(os.path.join(d, f'{stem}.{form}.txt'))]
            t = dict(t, combined=bool(re.search(r'territories of', open(os.path.join(d, name), errors='replace').read(400), re.I)))
            work.append((name, os.path.join(d, name), t, docs))
    with ThreadPoolExecutor(jobs) as ex:
        results = list(ex.map(lambda w: (w[0], w[2], score(cli, w[1], w[2], w[3])), work))
    by_year, by_form = collections.defaultdict(lambda: [0, 0]), collections.defaultdict(lambda: [0, 0])
    kinds = collections.defaultdict(lambda: [0, 0])
    extra_kinds = {f: collections.defaultdict(lambda: [0, 0]) for f in EXTRA}
    ok = tot = unconf = 0
    rows = []
    for name, t, r in results:
        good, n = sum(1 for _, v in r['facts'] if v), len(r['facts'])
        form = name.rsplit('.', 2)[1]
        by_form[form][0] += good
        by_form[form][1] += n
        for fact, v in r['facts']:
            k = fact if fact in ('country', 'year', 'level') else 'action'
            extra_kinds.get(form, kinds)[k][0] += v
            extra_kinds.get(form, kinds)[k][1] += 1
        if form not in EXTRA:
            # The totals, per fact and per year stay those of the two pdftotext forms.
            ok, tot, unconf = ok + good, tot + n, unconf + r['unconfirmed']
            by_year[t['year']][0] += good
            by_year[t['year']][1] += n
        rows.append((n - good, name, good, n, r))
    pct = lambda a, b: f'{100.0 * a / max(b, 1):.1f}%'
    print(f'{sum(1 for n, _, _ in results if n.rsplit(".", 2)[1] not in EXTRA)} texts; unconfirmed XML actions left out: {unconf}')
    print('by fact: ' + ', '.join(f'{k} {a}/{b}' for k, (a, b) in sorted(kinds.items())))
    print('by year: ' + ', '.join(f'{y} {a}/{b} {pct(a, b)}' for y, (a, b) in sorted(by_year.items())))
    print('by form: ' + ', '.join(f'{f} {a}/{b} {pct(a, b)}' for f, (a, b) in sorted(by_form.items())))
    rows.sort(key=lambda x: (-x[0], x[1]))
    print(f'worst {worst}:')
    for miss, name, good, n, r in rows[:worst]:
        print(f'  {name}: {good}/{n}  (parsed {r["got"][0]} {r["got"][1]}, {r["got"][2]} actions){"  " + r["error"] if r["error"] else ""}')
    if verbose:
        for miss, name, good, n, r in rows:
            if miss:
                print(f'{name}: {good}/{n}')
                for fact, v in r['facts']:
                    if not v:
                        print(f'    missed: {fact}')
    if json_out:
        json.dump({name: {'ok': good, 'n': n, 'missed': [f for f, v in r['facts'] if not v]}
                   for _, name, good, n, r in rows}, open(json_out, 'w'), indent=1)
    print(f'total {ok}/{tot} facts = {pct(ok, tot)}')
    for form, fk in extra_kinds.items():
        if fk:
            f_ok, f_n = by_form[form]
            print(f'{form} form ({sum(1 for n, _, _ in results if n.endswith(f".{form}.txt"))} texts, not in the total): '
                  + ', '.join(f'{k} {a}/{b}' for k, (a, b) in sorted(fk.items())) + f'; {f_ok}/{f_n} = {pct(f_ok, f_n)}')


if __name__ == '__main__':
    main()
