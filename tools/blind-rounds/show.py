#!/usr/bin/env python3
import sys, yaml, glob
ids = [i for a in sys.argv[1:] for i in a.split(',') if i]
for f in glob.glob('backend/src/test/resources/evaluation/*.yaml'):
    for p in yaml.safe_load(open(f)) or []:
        if p['id'] in ids:
            print('==', p['id'], p['platform'], p['kind'], p.get('route'), p.get('categories'), 'consent' if p.get('consentOnFile') else '', 'sponsored' if p.get('sponsored') else '', 'fast' if p.get('fastTrack') else '')
            print(p['text']); 
            for m in p.get('media') or []: print('  MEDIA:', m)
            print('  NOTE:', p.get('note')); print()
