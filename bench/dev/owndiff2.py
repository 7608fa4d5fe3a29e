#!/usr/bin/env python3
"""owndiff2.py dirA dirB -- per own set (sub-folders with claims.json / quotes.json from Score-SalalaOwn -OutputFolder), records that moved."""
import os, sys, subprocess
a, b = sys.argv[1], sys.argv[2]
for s in sorted(set(os.listdir(a)) & set(os.listdir(b))):
    da, db = os.path.join(a, s), os.path.join(b, s)
    if not os.path.isdir(da): continue
    tmp = []
    for d in (da, db):
        for src, dst in (('claims.json', 'c.json'), ('quotes.json', 'q.json')):
            p = os.path.join(d, dst)
            if os.path.exists(os.path.join(d, src)) and not os.path.exists(p): os.symlink(src, p)
    out = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), 'diffout.py'), da, db], capture_output=True, text=True).stdout
    lines = [l for l in out.splitlines() if not l.endswith(')') or 'records moved' not in l]
    if lines: print(f'== set {s}'); print('\n'.join(lines))
