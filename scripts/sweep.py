#!/usr/bin/env python3
"""Sweep the parser over a folder of report texts and flag what looks wrong, without expected facts.

usage: python3 scripts/sweep.py target/release/findings DIR [-v]

DIR holds *.plain.txt / *.layout.txt made with poppler's pdftotext (plain and -layout) from report
PDFs (e.g. the public USDepartmentofLabor/Child-Labor repository keeps ~130 countries x 2013-2021).
For each text it flags: a split into several reports, no country/year/level, not 7 sections, no
recommendations, recommendations without years or with an unknown area, no references, more than 3
unresolved citations; and for each PDF whose plain and layout texts disagree on country, year or
the number of recommendations. Prints flagged reports and a summary line (all with -v)."""
import json, subprocess, sys, os, glob, collections
cli = sys.argv[1]; d = sys.argv[2]
AREAS = {"Legal Framework","Enforcement","Coordination","Government Policies","Social Programs"}
rows = []
for f in sorted(glob.glob(d + '/*.txt')):
    if os.path.getsize(f) < 2000: continue
    out = subprocess.run([cli, 'parse', f, '--json', '--all'], capture_output=True, timeout=60)
    if out.returncode != 0:
        print('CRASH', f, out.stderr[-300:]); continue
    reps = json.loads(out.stdout)
    r = reps[0]
    recs = r['recommendations']
    unres = sum(1 for w in r['warnings'] if 'has no entry in the reference list' in w['message'])
    bad_area = sorted({x['area'] for x in recs} - AREAS)
    noyears = sum(1 for x in recs if not x['years'])
    secs = len(r['sections'])
    rows.append(dict(f=os.path.basename(f), n=len(reps), country=r['country'], year=r['year'], level=(r['assessment'] or {}).get('level'),
                     secs=secs, tables=len(r['tables']), recs=len(recs), noyears=noyears, bad_area=bad_area, refs=len(r['references']), unres=unres, warns=len(r['warnings'])))
bad = 0
for x in rows:
    flags = []
    if x['n'] != 1: flags.append(f"split{x['n']}")
    if not x['country']: flags.append('nocountry')
    if not x['year']: flags.append('noyear')
    if not x['level']: flags.append('nolevel')
    if x['secs'] != 7: flags.append(f"secs{x['secs']}")
    if x['recs'] == 0: flags.append('norecs')
    if x['noyears']: flags.append(f"noyears{x['noyears']}")
    if x['bad_area']: flags.append(f"areas{x['bad_area']}")
    if x['refs'] == 0: flags.append('norefs')
    if x['unres'] > 3: flags.append(f"unres{x['unres']}")
    if flags: bad += 1
    if flags or '-v' in sys.argv:
        print(f"{x['f'][:45]:45} {str(x['country'])[:18]:18} {x['year']} {str(x['level'])[:8]:8} s{x['secs']} t{x['tables']} r{x['recs']} ref{x['refs']} w{x['warns']} {' '.join(flags)}")
# plain vs layout agreement
by = collections.defaultdict(dict)
for x in rows:
    base, kind = x['f'].rsplit('.', 2)[0], x['f'].rsplit('.', 2)[1]
    by[base][kind] = x
dis = 0
for b, k in by.items():
    if 'plain' in k and 'layout' in k:
        p, l = k['plain'], k['layout']
        if (p['country'], p['year'], p['recs']) != (l['country'], l['year'], l['recs']):
            dis += 1
            print(f"DISAGREE {b[:40]:40} plain {p['country']} {p['year']} r{p['recs']}  layout {l['country']} {l['year']} r{l['recs']}")
print(f"{len(rows)} reports, {bad} flagged, {dis} plain/layout disagreements")
