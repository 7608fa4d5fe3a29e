#!/usr/bin/env python3
"""diffout.py dirA dirB [q|c] -- records that differ between two runs' q.json / c.json (keyed by document and offsets)."""
import json, sys, os
a, b = sys.argv[1], sys.argv[2]
kinds = sys.argv[3:] or ['q', 'c']
def load(d, k):
    p = os.path.join(d, k + '.json')
    if not os.path.exists(p): return {}
    t = json.load(open(p, encoding='utf-8-sig'))
    if isinstance(t, dict): t = [t]
    out = {}
    for r in t or []:
        doc = os.path.basename(r.get('Path') or r.get('DocumentId') or '')
        if k == 'q': key = (doc, r.get('Start'), r.get('Length'))
        else: key = (doc, r.get('ContentStart', r.get('Start')), r.get('ContentLength', r.get('Length')), r.get('Question'), r.get('Position'))
        out[key] = r
    return out
def show(r, k):
    f = ['Speaker', 'Party', 'Rule', 'Question', 'Position', 'Kind']
    s = ' | '.join(str(r.get(x)) for x in f if x in r)
    t = (r.get('Text') or '').replace('\n', ' ')
    return s + ' || ' + t[:160]
for k in kinds:
    A, B = load(a, k), load(b, k)
    n = 0
    for key in sorted(set(A) | set(B), key=lambda x: tuple(str(y) for y in x)):
        ra, rb = A.get(key), B.get(key)
        if ra and rb:
            fa = {x: ra.get(x) for x in ('Speaker', 'Party', 'Rule', 'SourceStart', 'SpeakerStart', 'Position', 'Kind')}
            fb = {x: rb.get(x) for x in fa}
            if fa == fb: continue
            print(f'[{k}] {key[0]} @{key[1]}\n   - {show(ra,k)}\n   + {show(rb,k)}')
        elif ra: print(f'[{k}] {key[0]} @{key[1]}\n   - {show(ra,k)}')
        else: print(f'[{k}] {key[0]} @{key[1]}\n   + {show(rb,k)}')
        n += 1
    print(f'[{k}] {n} records moved ({len(A)} -> {len(B)})')
