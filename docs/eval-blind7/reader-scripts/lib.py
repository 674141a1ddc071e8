import re, os, json
HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, 'texts')

def plover_table():
    t = {}
    for line in open('/work/shared/data/events/plover/CAMEO2PLOVER-2021.txt', encoding='utf-8'):
        m = re.match(r'^(\d{2,4}):\s*([A-Z]+)', line)
        if m: t[m.group(1)] = m.group(2)
    return t
PT = plover_table()
def plover(c):
    if c.startswith('01'): return None
    if c.startswith('02'): return 'REQUEST'
    if c.startswith('09') or c.startswith('11'): return 'ACCUSE'
    if c.startswith('10'): return 'REQUEST'
    return PT[c]

def split_fm(text):
    parts = text.split('---\n', 2)
    return parts[1], parts[2]

def title_of(fm):
    m = re.search(r'^title:\s*"(.*)"\s*$', fm, re.M)
    return m.group(1)

ABBR = ('U.S', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Col', 'Lt', 'Sgt', 'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'St', 'No', 'Capt', 'Adm', 'Rep', 'Sen', 'Gov', 'U.N', 'Jr')

def sentences(body):
    out = []
    for para in body.split('\n'):
        para = para.strip()
        if not para or para.startswith('<') or para.startswith('{:'):
            continue
        if para.startswith('###'):
            out.append(para.strip('#').strip()); continue
        start = 0
        for m in re.finditer(r'([.!?])([”"]?)( +)(?=[“"A-Z0-9(])', para):
            pre = para[start:m.start()]
            w = re.search(r'([A-Za-z.]+)$', pre)
            if m.group(1) == '.' and w and (w.group(1).rstrip('.') in ABBR or re.fullmatch(r'[A-Z]', w.group(1))) and not m.group(2):
                continue
            out.append(para[start:m.end(2)].strip())
            start = m.end()
        out.append(para[start:].strip())
    return out

def load(slug):
    text = open(os.path.join(TEXTS, slug + '.md'), encoding='utf-8').read()
    fm, body = split_fm(text)
    return fm, body

def words(body):
    t = re.sub(r'<[^>]+>', ' ', body)
    t = re.sub(r'\{:[^}]*\}', ' ', t)
    t = t.replace('###', ' ')
    return len(re.findall(r"\S+", t))
