import json, os, sys, glob, importlib.util
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
arts = []
verbose = '-v' in sys.argv
for f in sorted(glob.glob(os.path.join(HERE, 'ann', '*.py'))):
    spec = importlib.util.spec_from_file_location('a', f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    a = m.ART; slug = os.path.basename(f)[:-3]
    fm, body = load(slug)
    sents = sentences(body); title = title_of(fm)
    evs = []
    for e in a['events']:
        if e['frag'] == 'TITLE': s = title
        else:
            c = [x for x in sents if e['frag'] in x]
            if len(set(c)) != 1: raise SystemExit(f'{slug}: fragment {e["frag"]!r} matches {len(c)} sentences')
            s = c[0]
        d = {'sentence': s, 'source': e['source'], 'target': e['target'], 'cameo': e['cameo'], 'plover': plover(e['cameo']), 'happened': e['happened']}
        if e['note']: d['note'] = e['note']
        if e['also']: d['target_also_correct'] = e['also']
        evs.append(d)
        if verbose: print(f'  [{e["source"]}>{e["target"]} {e["cameo"]} {e["happened"]}] {s}')
    arts.append({'file': slug + '.md', 'constructed': True, 'words': words(body),
        'quotes': a['quotes'], 'people': a['people'], 'organisations': a['orgs'], 'ambiguous': a['amb'],
        'events': evs, 'credits': a['credits'],
        'front_matter': {'byline': a['byline'], 'people': a.get('fm_people', []), 'organisations': a.get('fm_orgs', []), 'events': a.get('fm_events', [])},
        'not_people': a.get('not_people', []), 'not_organisations': a.get('not_orgs', [])})
out = {'version': 1,
 'guidelines': "GUIDELINES.md (annot-reader7b): blind-6 reader guidelines of annot-reader6 and annot-reader6b adopted (which adopt blind-5, heldout4r, docs/eval-reader.md); differences and timed refinements in GUIDELINES.md; file = bare file name under /work/heldout7-private/reader7b/texts.",
 'annotator': 'annot-reader7b', 'constructed': True,
 'about': 'Blind constructed news texts for the article reader (blind set 7b), written and annotated by annot-reader7b without seeing the reader\'s code or output. People, quotes, newspapers, companies and events are fictional; countries, capitals and international bodies are real.',
 'articles': arts}
json.dump(out, open(os.path.join(HERE, 'reader_blind7b.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('articles', len(arts))
