#!/usr/bin/env python3
"""Learn the word weights that help rank the Suggested Government Actions' areas.

usage: python3 scripts/area-words.py TRUTH_JSON OUT_RS [--half K]

TRUTH_JSON is the truth.json of scripts/bigcorpus-make.py: every action of the Android app's
countries_<year>.xml (2016-2021, ~12,000 actions of ~1,000 reports) with the area it is filed
under. For each word stem (a word's first STEM letters, lower case; apart for the first LEAD words
of an action, the verb and its object) seen in at least MIN_ACTIONS actions, the weight for an
area is its naive-Bayes log-odds, rounded: ln(P(stem | area) / P(stem)), with add-half smoothing.
OUT_RS (crates/findings/src/tables/area_words.rs) holds the two sorted tables, as fixed-width
text records; `stream.rs` adds
them to ten times its hand-written keyword score. With --half K (0 or 1) the weights are learned
from the countries of the other half only (a country's half: the CRC-32 of its name, modulo 2),
to score the parser with `scripts/bigscore.py` on countries the weights never saw."""
import collections, json, math, re, sys, zlib

AREAS = ['legal framework', 'enforcement', 'coordination', 'government policies', 'social programs']
STEM = 6          # letters of a word that make its stem
LEAD = 4          # first words of an action that are features of their own
MIN_ACTIONS = 20  # fewest actions a stem must occur in to get weights


def words(s):
    return [w for w in re.split(r"[^\w'’]+", s.lower()) if w and w != '_']


def features(s):
    out = set()
    for i, w in enumerate(words(s)):
        out.add(('any', w[:STEM]))
        if i < LEAD:
            out.add(('lead', w[:STEM]))
    return out


def learn(reports):
    count = [collections.Counter() for _ in AREAS]
    per_area = [0] * len(AREAS)
    for actions in reports:
        for area, text in actions:
            per_area[area] += 1
            count[area].update(features(text))
    total = sum(per_area)
    table = {}
    for f in set().union(*count):
        seen = sum(c[f] for c in count)
        if seen < MIN_ACTIONS:
            continue
        w = [round(math.log((count[a][f] + 0.5) / (per_area[a] + 1)) - math.log((seen + 2.5) / (total + 5)))
             for a in range(len(AREAS))]
        if any(w):
            table[f] = w
    return table


def reports_of(truth):
    out = {}
    for name, t in truth.items():
        if name.endswith('.plain.txt') and t.get('actions'):
            out[name] = (t['country'], [(AREAS.index(a['area']), a['action']) for a in t['actions']])
    return out


STEM_BYTES = 7   # widest stem in UTF-8 ("law’s"); shorter ones are padded with '.'


def write(table, path):
    lines = ['//! Word weights for the areas of the Suggested Government Actions, learned by',
             '//! `scripts/area-words.py` from the big corpus\'s truth (the Android app\'s XML, 2016–2021):',
             '//! a stem\'s naive-Bayes log-odds for each area, in [`super::stream`]\'s area order. Generated:',
             '//! do not edit by hand.', '',
             f'/// Bytes of a record: a stem padded with `.` to {STEM_BYTES} bytes, then its five weights, each',
             '/// the hexadecimal digit of the weight plus 8. Records are sorted by stem.',
             f'pub(crate) const RECORD: usize = {STEM_BYTES + 5};', '']
    for kind, doc in (('any', 'Stems anywhere in an action.'),
                      ('lead', f'Stems among an action\'s first {LEAD} words (its verb and object).')):
        rows = sorted((s.encode(), w) for (k, s), w in table.items() if k == kind)
        lines.append(f'/// {doc}')
        lines.append(f'pub(crate) const {kind.upper()}: &str = "\\')
        for stem, w in rows:
            assert len(stem) <= STEM_BYTES and b'.' not in stem and all(-8 <= x <= 7 for x in w)
            pad = stem.decode() + '.' * (STEM_BYTES - len(stem))
            lines.append(pad + ''.join('%x' % (x + 8) for x in w) + '\\')
        lines[-1] = lines[-1][:-1] + '";'
        lines.append('')
    open(path, 'w').write('\n'.join(lines[:-1]) + '\n')


def main():
    truth = json.load(open(sys.argv[1]))
    reports = reports_of(truth)
    if '--half' in sys.argv:  # learn from the countries of the other half only (for testing)
        half = int(sys.argv[sys.argv.index('--half') + 1])
        reports = {k: r for k, r in reports.items() if zlib.crc32(r[0].encode()) % 2 != half}
    write(learn([a for _, a in reports.values()]), sys.argv[2])
    print(f'{sys.argv[2]}: from {len(reports)} reports, {sum(len(a) for _, a in reports.values())} actions')


if __name__ == '__main__':
    main()
