#!/usr/bin/env python3
"""addrounds.py unread N... | read N...  (run in a checkout root)"""
import re, sys
ORD = {88: 'Eighty-eighth', 89: 'Eighty-ninth', 90: 'Ninetieth', 91: 'Ninety-first', 92: 'Ninety-second',
       93: 'Ninety-third', 94: 'Ninety-fourth', 95: 'Ninety-fifth', 96: 'Ninety-sixth', 97: 'Ninety-seventh',
       98: 'Ninety-eighth', 99: 'Ninety-ninth', 100: 'Hundredth', 101: 'Hundred-and-first',
       102: 'Hundred-and-second', 103: 'Hundred-and-third',
       104: 'Hundred-and-fourth', 105: 'Hundred-and-fifth', 106: 'Hundred-and-sixth', 107: 'Hundred-and-seventh',
       108: 'Hundred-and-eighth', 109: 'Hundred-and-ninth', 110: 'Hundred-and-tenth',
       111: 'Hundred-and-eleventh', 112: 'Hundred-and-twelfth', 113: 'Hundred-and-thirteenth', 114: 'Hundred-and-fourteenth', 115: 'Hundred-and-fifteenth', 116: 'Hundred-and-sixteenth', 117: 'Hundred-and-seventeenth', 118: 'Hundred-and-eighteenth', 119: 'Hundred-and-nineteenth', 120: 'Hundred-and-twentieth', 121: 'Hundred-and-twenty-first', 122: 'Hundred-and-twenty-second', 123: 'Hundred-and-twenty-third', 124: 'Hundred-and-twenty-fourth', 125: 'Hundred-and-twenty-fifth', 126: 'Hundred-and-twenty-sixth', 127: 'Hundred-and-twenty-seventh', 128: 'Hundred-and-twenty-eighth', 129: 'Hundred-and-twenty-ninth', 130: 'Hundred-and-thirtieth', 131: 'Hundred-and-thirty-first', 132: 'Hundred-and-thirty-second', 133: 'Hundred-and-thirty-third', 134: 'Hundred-and-thirty-fourth', 135: 'Hundred-and-thirty-fifth', 136: 'Hundred-and-thirty-sixth', 137: 'Hundred-and-thirty-seventh', 138: 'Hundred-and-thirty-eighth', 139: 'Hundred-and-thirty-ninth', 140: 'Hundred-and-fortieth', 141: 'Hundred-and-forty-first', 142: 'Hundred-and-forty-second', 143: 'Hundred-and-forty-third', 144: 'Hundred-and-forty-fourth', 145: 'Hundred-and-forty-fifth', 146: 'Hundred-and-forty-sixth', 147: 'Hundred-and-forty-seventh', 148: 'Hundred-and-forty-eighth', 149: 'Hundred-and-forty-ninth', 150: 'Hundred-and-fiftieth', 151: 'Hundred-and-fifty-first', 152: 'Hundred-and-fifty-second', 153: 'Hundred-and-fifty-third', 154: 'Hundred-and-fifty-fourth', 155: 'Hundred-and-fifty-fifth', 156: 'Hundred-and-fifty-sixth', 157: 'Hundred-and-fifty-seventh', 158: 'Hundred-and-fifty-eighth', 159: 'Hundred-and-fifty-ninth', 160: 'Hundred-and-sixtieth'}
mode, nums = sys.argv[1], [int(a) for a in sys.argv[2:]]
ET = 'backend/src/test/java/io/clearance/screening/internal/EvaluationTest.java'
SC = 'backend/src/test/java/io/clearance/screening/internal/SignalCorpus.java'
sc = open(SC).read()
m = re.search(r'static final List<String> UNREAD = List\.of\((.*?)\);', sc)
cur = [s.strip().strip('"') for s in m.group(1).split(',') if s.strip()]
if mode == 'unread':
    et = open(ET).read()
    for n in nums:
        const = ORD[n].upper().replace('-', '_') + '_HELD_OUT'
        if const in et:
            continue
        et = re.sub(r'(\tstatic final String EIGHTY_SEVENTH_HELD_OUT = "h87-";\n(?:\tstatic final String \w+ = "h\d+-";\n)*)',
                    lambda mm: mm.group(1) + f'\tstatic final String {const} = "h{n}-";\n', et, count=1)
        et = re.sub(r'(new Round\(\w+, "[^"]*"\))\);', lambda mm: mm.group(1) + f',\n\t\t\tnew Round({const}, "{ORD[n]} held-out round (holdout-{n}.yaml, written blind)"));', et, count=1)
        cur.append(f'h{n}-')
    open(ET, 'w').write(et)
elif mode == 'read':
    cur = [c for c in cur if c not in [f'h{n}-' for n in nums]]
new = 'static final List<String> UNREAD = List.of(' + ', '.join(f'"{c}"' for c in cur) + ');'
sc = sc[:m.start()] + new + sc[m.end():]
open(SC, 'w').write(sc)
print('UNREAD =', cur)
