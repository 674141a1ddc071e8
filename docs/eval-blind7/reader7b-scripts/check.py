"""Independent checker for reader_blind7b.json (annot-reader7b).
1. keys and value types of every record are a subset of those used by the reference gold files
   (reader_constructed_test.json / reader_constructed_dev.json / voa_reader_gold.json), and
   required keys (those present in every record of the references) are present;
2. every quote text, speaker_text, person name, organisation name (or an alias), ambiguous text,
   not_people / not_organisations string and event sentence occurs verbatim in its text
   (event sentences: in the body, or equal to the title);
3. CAMEO codes exist in the codebook, PLOVER labels follow CAMEO2PLOVER-2021 with the development
   conventions, country codes are ISO3 (from the CAMEO country list) or IGO; 450-850 body words."""
import json, re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
REF = ['/work/main/src/dyadscope/data/eval/reader_constructed_test.json',
       '/work/main/src/dyadscope/data/eval/reader_constructed_dev.json',
       '/work/main/src/dyadscope/data/eval/voa_reader_gold.json']
def tn(v): return type(v).__name__
def shape(d):
    keys = collections.defaultdict(set); types = collections.defaultdict(set); count = collections.Counter(); always = {}
    def rec(kind, obj):
        count[kind] += 1
        ks = set(obj)
        always[kind] = ks if kind not in always else always[kind] & ks
        for k, v in obj.items():
            keys[kind].add(k); types[(kind, k)].add(tn(v))
            if isinstance(v, list):
                for x in v: types[(kind, k, 'item')].add(tn(x))
    rec('top', {k: v for k, v in d.items()})
    for a in d['articles']:
        rec('article', a)
        for s in ('quotes', 'people', 'organisations', 'ambiguous', 'events'):
            for e in a[s]: rec(s, e)
        rec('front_matter', a['front_matter'])
        for s in ('people', 'organisations', 'events'):
            for e in a['front_matter'][s]: rec('fm_' + s, e)
    return keys, types, always
rk, rt, ra = collections.defaultdict(set), collections.defaultdict(set), {}
for f in REF:
    k, t, a = shape(json.load(open(f, encoding='utf-8')))
    for x, v in k.items(): rk[x] |= v
    for x, v in t.items(): rt[x] |= v
    for x, v in a.items(): ra[x] = v if x not in ra else ra[x] & v
ALIASK = {'fm_people': 'people', 'fm_organisations': 'organisations', 'fm_events': 'events'}
errs = []
gold = json.load(open(os.path.join(HERE, 'reader_blind7b.json'), encoding='utf-8'))
mk, mt, ma = shape(gold)
for kind, ks in mk.items():
    ref = rk.get(kind) or rk.get(ALIASK.get(kind, ''), set())
    for k in ks - ref: errs.append(f'key {kind}.{k} not in reference files')
    req = ra.get(kind) or ra.get(ALIASK.get(kind, ''), set())
for (kind, *rest), ty in mt.items():
    rkind = kind if (kind, *rest) in rt else ALIASK.get(kind, kind)
    ref = rt.get((rkind, *rest), set())
    if ty - ref and not (ty == {'NoneType'} and ref == set()): errs.append(f'type {kind}.{rest} {ty} vs ref {ref}')
# required keys
def need(kind, obj, where):
    req = ra.get(kind, set())
    for k in req - set(obj): errs.append(f'{where}: missing required {kind}.{k}')
need('top', gold, 'top')
codes = set(l.split('\t')[0] for l in open('/work/shared/data/events/cameo/CAMEO.eventcodes.txt', encoding='utf-8') if l[0].isdigit())
iso = set()
for l in open('/work/shared/data/events/cameo/countrynames.txt', encoding='utf-8'):
    p = l.rstrip('\n').split('\t')
    if len(p) > 1 and re.fullmatch(r'[A-Z]{3}', p[1]): iso.add(p[1])
iso |= {'IGO', 'SSD', 'PSE', 'XKX', 'TLS', 'UNK', 'SRB', 'MNE'}
pt = {}
for l in open('/work/shared/data/events/plover/CAMEO2PLOVER-2021.txt', encoding='utf-8'):
    m = re.match(r'^(\d{2,4}):\s*([A-Z]+)', l)
    if m: pt[m.group(1)] = m.group(2)
def plv(c):
    if c.startswith('01'): return None
    if c.startswith('02') or c.startswith('10'): return 'REQUEST'
    if c.startswith('09') or c.startswith('11'): return 'ACCUSE'
    return pt.get(c, '??')
def norm(s): return re.sub(r'\s+', ' ', s)
tot = collections.Counter()
for a in gold['articles']:
    f = a['file']; need('article', a, f)
    path = os.path.join(HERE, 'texts', f)
    raw = open(path, encoding='utf-8').read()
    _, fm, body = raw.split('---\n', 2)
    if 'constructed: true' not in fm: errs.append(f'{f}: front matter lacks constructed: true')
    title = re.search(r'^title:\s*"(.*)"\s*$', fm, re.M).group(1)
    b = norm(body)
    w = len(re.findall(r'\S+', re.sub(r'\{:[^}]*\}|<[^>]+>|###', ' ', body)))
    if not 450 <= w <= 850: errs.append(f'{f}: {w} words')
    if a.get('words') != w: errs.append(f'{f}: words {a.get("words")} != {w}')
    seen = collections.Counter()
    for q in a['quotes']:
        need('quotes', q, f)
        if norm(q['text']) not in b: errs.append(f'{f}: quote not verbatim: {q["text"]!r}')
        if q['speaker_text'] is not None and norm(q['speaker_text']) not in b: errs.append(f'{f}: speaker_text not verbatim: {q["speaker_text"]!r}')
        if q['kind'] not in ('body', 'caption', 'heading', 'pullquote'): errs.append(f'{f}: kind {q["kind"]}')
        if q['kind'] in ('heading', 'pullquote') and q['speaker_text'] is not None: errs.append(f'{f}: {q["kind"]} with speaker_text')
        # text must be bounded by quotation marks
        t = q['text']
        if not re.search(r'[“"‘\']' + re.escape(t) + r'([”"’\']|$)', body, re.M): errs.append(f'{f}: quote not between marks: {t!r}')
        tot['quotes'] += 1; tot['quotes_null'] += q['speaker'] is None
    names = {p['name'] for p in a['people']} | {o['name'] for o in a['organisations']}
    for q in a['quotes']:
        for sp in [q['speaker']] + q.get('speaker_also_correct', []):
            if sp is not None and sp not in names and sp not in b: errs.append(f'{f}: speaker {sp!r} neither entity nor in text')
        if q['speaker'] is not None and q['speaker'] not in names: print(f'note {f}: speaker {q["speaker"]!r} not a listed entity')
    for p in a['people']:
        need('people', p, f)
        if p['name'] not in b: errs.append(f'{f}: person not verbatim: {p["name"]!r}')
        if p['country'] is not None and p['country'] not in iso: errs.append(f'{f}: bad ISO {p["country"]}')
        tot['people'] += 1
    for o in a['organisations']:
        need('organisations', o, f)
        if o['name'] not in b and not any(x in b for x in o.get('aliases', [])): errs.append(f'{f}: org not verbatim: {o["name"]!r}')
        if o['country'] is not None and o['country'] not in iso: errs.append(f'{f}: bad ISO {o["country"]}')
        tot['organisations'] += 1
    for x in a['ambiguous']:
        need('ambiguous', x, f)
        if x['text'] not in b and x['text'] not in title: errs.append(f'{f}: ambiguous not verbatim {x["text"]!r}')
        if x['meant'] is not None and x['meant'] not in iso: errs.append(f'{f}: bad ISO {x["meant"]}')
        tot['ambiguous'] += 1
    for s in a.get('not_people', []) + a.get('not_organisations', []):
        if s not in b: errs.append(f'{f}: not_* string not verbatim: {s!r}')
    keys = set()
    for e in a['events']:
        need('events', e, f)
        s = e['sentence']
        if s != title and norm(s) not in b: errs.append(f'{f}: event sentence not verbatim: {s!r}')
        if e['cameo'] not in codes: errs.append(f'{f}: cameo {e["cameo"]}')
        if e['plover'] != plv(e['cameo']): errs.append(f'{f}: plover {e["plover"]} for {e["cameo"]}')
        for c in [e['source'], e['target']] + e.get('target_also_correct', []):
            if c not in iso: errs.append(f'{f}: bad actor {c}')
        if e['source'] == e['target']: errs.append(f'{f}: same source/target {s[:40]}')
        k = (e['source'], e['target'], e['cameo'], s)
        if k in keys: errs.append(f'{f}: duplicate event {k}')
        keys.add(k)
        tot['events'] += 1; tot['events_false'] += not e['happened']; tot['events_unsure'] += 'unsure' in e.get('note', '')
        tot['events_title'] += s == title
    fmx = a['front_matter']; need('front_matter', fmx, f)
    if fmx['byline'] not in fm: errs.append(f'{f}: byline')
    tot['articles'] += 1
print(json.dumps(dict(tot)))
for e in errs: print('ERROR', e)
print('OK' if not errs else f'{len(errs)} errors'); sys.exit(1 if errs else 0)
