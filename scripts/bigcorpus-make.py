#!/usr/bin/env python3
"""Make a big scoring corpus from git snapshots of the two public Sweat & Toil repositories.

usage: python3 scripts/bigcorpus-make.py IOS_GIT_DIR ANDROID_GIT_DIR OUT_DIR [--jobs N]

IOS_GIT_DIR is a git directory of USDepartmentofLabor/Child-Labor (`Child Labor/<Country>.pdf`, one
blob per report year across its history), ANDROID_GIT_DIR one of USDepartmentofLabor/Child-Labor-Android
(`app/src/main/assets/countries_<year>.xml`). For every PDF blob still present it runs poppler's
`pdftotext` (plain), reads the report year from the running footer "20xx FINDINGS ON THE WORST FORMS
OF CHILD LABOR" (the most frequent one, not our parser), keeps the newest blob of each country and
year, and writes OUT_DIR/<country>_<year>.plain.txt and .layout.txt (`pdftotext -layout`). Then, for
each year with an XML file (the newest stored version), OUT_DIR/truth.json maps every text to the
XML's country name (with the other ways a report prints it), year, Advancement_Level and
Suggested_Actions by area; years without XML (2013-2015) get the country's name from the other years'
XML and the level of the page-one label ("MODERATE ADVANCEMENT"), and no actions. PDFs whose file
name matches no XML country (books, forewords) are skipped. Nothing here reads our parser's output."""
import collections, difflib, json, os, re, subprocess, sys, tempfile, unicodedata
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

AREAS = {'Legal_Framework': 'legal framework', 'Enforcement': 'enforcement', 'Coordination': 'coordination',
         'Government_Policies': 'government policies', 'Social_Programs': 'social programs'}
FOOTER = re.compile(r'\b(20[12]\d)\s+FINDINGS ON THE WORST FORMS OF CHILD LABOR')


def git(gd, *args, **kw):
    return subprocess.run(['git', '--git-dir', gd, *args], capture_output=True, **kw).stdout


def key(name):
    """A country name folded for matching file names against XML names."""
    s = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
    s = re.sub(r'\(.*?\)', ' ', s).replace('&', 'and')
    s = re.sub(r'^the |, the$', '', re.sub(r'[^a-z0-9,]+', ' ', s).strip())
    s = re.sub(r'[^a-z0-9]', '', s)
    return ALIASES.get(s, s)


# Names that changed, or that the XML files write two ways.
ALIASES = {'moldovarepublicof': 'moldova', 'northmacedonia': 'macedonia', 'eswatini': 'swaziland'}


def aliases(name):
    """Ways a report may print an XML name: as is, un-inverted ("Gambia, The" -> "The Gambia",
    "Congo, Democratic Republic of the" -> "Democratic Republic of the Congo"), without a
    parenthesis ("Turkey (Türkiye)" -> "Turkey")."""
    out = [name]
    head, comma, tail = name.partition(', ')
    if comma:
        out.append(f'{tail} {head}')
    bare = re.sub(r'\s*\(.*?\)', '', name).strip()
    if bare != name:
        out.append(bare)
    return out


def text_level(text):
    """The page-one label or the opening sentence's grade, for years with no XML."""
    head = text[:4000]
    m = re.search(r'\b(SIGNIFICANT|MODERATE|MINIMAL|NO) ADVANCEMENT\b', head)
    m = m or re.search(r'made (?:an? )?(significant|moderate|minimal|no) advancement', head, re.I)
    return m.group(1).title() + ' Advancement' if m else None


def pdf_blobs(gd):
    """(blob, path) of every PDF under `Child Labor/`, in the order `git rev-list --objects` meets
    them walking back from the newest commits (so the newest version of a report comes first)."""
    raw = git(gd, '-c', 'core.quotePath=false', 'rev-list', '--all', '--objects', '--missing=print').decode('utf-8', 'replace')
    out, seen = [], set()
    for line in raw.splitlines():
        blob, _, path = line.partition(' ')
        path = path.strip('"')
        if path.startswith('Child Labor/') and path.lower().endswith('.pdf') and blob not in seen:
            seen.add(blob)
            out.append((blob, path))
    return out


def pdftotext(pdf, layout):
    args = ['nice', 'pdftotext', '-enc', 'UTF-8'] + (['-layout'] if layout else []) + [pdf, '-']
    return subprocess.run(args, capture_output=True, timeout=120).stdout.decode('utf-8', 'replace')


def footer_year(text):
    years = collections.Counter(FOOTER.findall(text))
    return int(years.most_common(1)[0][0]) if years else None


def newest_xml(gd):
    """year -> XML bytes of the newest stored countries_<year>.xml."""
    raw = git(gd, 'log', '--all', '--format=C %ct', '--raw', '--no-abbrev', '--', 'app/src/main/assets/').decode()
    best, t = {}, 0
    for line in raw.splitlines():
        if line.startswith('C '):
            t = int(line[2:])
        elif line.startswith(':'):
            meta, path = line.split('\t', 1)
            m = re.fullmatch(r'app/src/main/assets/countries_(20\d\d)\.xml', path)
            if m and meta.split()[-1] != 'D':
                best.setdefault(int(m.group(1)), []).append((t, meta.split()[3]))
    out = {}
    for year, blobs in best.items():
        for _, b in sorted(blobs, reverse=True):
            data = subprocess.run(['git', '--git-dir', gd, 'cat-file', 'blob', b], capture_output=True).stdout
            if data:
                out[year] = data
                break
    return out


def xml_truth(data):
    """XML country key -> {country, level, actions}."""
    out = {}
    for c in ET.fromstring(data).iter('Country'):
        name = (c.findtext('Name') or '').strip()
        acts = []
        sa = c.find('Suggested_Actions')
        for area_el in (sa if sa is not None else []):
            area = AREAS.get(area_el.tag)
            for a in area_el.iter('Action'):
                text = re.sub(r'\s+', ' ', a.findtext('Name') or '').strip()
                if area and text and text.upper() != 'N/A':
                    acts.append({'area': area, 'action': text})
        out[key(name)] = {'country': name, 'level': (c.findtext('Advancement_Level') or '').strip(), 'actions': acts}
    return out


def main():
    ios, android, out_dir = sys.argv[1:4]
    jobs = int(sys.argv[sys.argv.index('--jobs') + 1]) if '--jobs' in sys.argv else 2
    os.makedirs(out_dir, exist_ok=True)
    blobs = pdf_blobs(ios)
    print(f'{len(blobs)} PDF blobs present', file=sys.stderr)
    tmp = tempfile.mkdtemp()

    def year_of(item):
        b, path = item
        pdf = os.path.join(tmp, b + '.pdf')
        with open(pdf, 'wb') as f:
            f.write(git(ios, 'cat-file', 'blob', b))
        text = pdftotext(pdf, False)
        return item, pdf, text, footer_year(text)

    xmls = {y: xml_truth(d) for y, d in newest_xml(android).items()}
    names = collections.defaultdict(list)
    for y in sorted(xmls, reverse=True):
        for k, v in xmls[y].items():
            if v['country'] not in names[k]:
                names[k].append(v['country'])
    chosen = {}
    with ThreadPoolExecutor(jobs) as ex:
        for (b, path), pdf, text, year in ex.map(year_of, blobs):
            country = os.path.splitext(os.path.basename(path))[0]
            k = key(country)
            if k not in names:
                close = difflib.get_close_matches(k, list(names), n=1, cutoff=0.8)
                k = close[0] if close else None
            if year is None or k is None or (k, year) in chosen:
                if k is None:
                    print(f'skipped, no such country in the XML: {path}', file=sys.stderr)
                os.remove(pdf)
                continue
            chosen[(k, year)] = (k, year, b, pdf, text)
    print(f'{len(chosen)} distinct country-years', file=sys.stderr)

    def write(item):
        k, year, b, pdf, text = item
        stem = f'{k}_{year}'
        with open(os.path.join(out_dir, stem + '.plain.txt'), 'w') as f:
            f.write(text)
        with open(os.path.join(out_dir, stem + '.layout.txt'), 'w') as f:
            f.write(pdftotext(pdf, True))
        os.remove(pdf)
        return stem, k, year, b, text

    truth = {'_about': __doc__.split('\n\n')[1].replace('\n', ' ')}
    with ThreadPoolExecutor(jobs) as ex:
        for stem, k, year, b, text in ex.map(write, chosen.values()):
            x = xmls.get(year, {}).get(k)
            name = x['country'] if x else names[k][0]
            entry = {'country': name, 'aliases': [a for n in names[k] for a in aliases(n)], 'year': year,
                     'blob': b, 'level': x['level'] if x else text_level(text),
                     'actions': x['actions'] if x else [], 'xml': bool(x)}
            for form in ('plain', 'layout'):
                truth[f'{stem}.{form}.txt'] = entry
    with open(os.path.join(out_dir, 'truth.json'), 'w') as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    print(f'{len(truth) - 1} texts, {sum(1 for k, v in truth.items() if k[0] != "_" and v["xml"])} with XML truth', file=sys.stderr)


if __name__ == '__main__':
    main()
