def Q(text, speaker, speaker_text, kind='body', also=None, note=None):
    d = {'text': text, 'speaker': speaker, 'speaker_text': speaker_text, 'kind': kind}
    if also is not None: d['speaker_also_correct'] = also
    if note: d['note'] = note
    return d
def P(name, role, country, note=None, aliases=None):
    d = {'name': name, 'role': role, 'country': country}
    if aliases: d['aliases'] = aliases
    if note: d['note'] = note
    return d
def O(name, country, aliases=None, note=None):
    d = {'name': name, 'country': country}
    if aliases: d['aliases'] = aliases
    if note: d['note'] = note
    return d
def A(text, meant, where=None, full=False, note=None):
    d = {'text': text, 'meant': meant}
    if full: d['full_name'] = True
    if where: d['where'] = where
    if note: d['note'] = note
    return d
def E(frag, src, tgt, cameo, happened=True, note=None, also=None):
    return {'frag': frag, 'source': src, 'target': tgt, 'cameo': cameo, 'happened': happened, 'note': note, 'also': also}
