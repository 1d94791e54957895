#!/usr/bin/env python3
"""Turns annotation notes (written by a person reading the articles) into the gold JSON files of tests/QuoteGold.

The notes quote the article text to say where things are; this script finds those strings in the passage and
stores ONLY offsets and a hash of the passage, so no article text enters the repository. Notes stay outside the
repository (they hold article text). Usage: author.py NOTES OUTDIR [--data ../shared/data]

The script applies no split: every passage goes to OUTDIR. The first 67 passages were split by md5(id) % 8 < 3 -> test
before any rule was written; the 35 passages added in the quantity and date review went to dev only (README), and
later additions should too, never to test, from articles used in neither folder.

Notes format, one item per line:
  P dantri DOC_ID FIRST_PARAGRAPH END_PARAGRAPH      a passage: paragraphs [first, end) joined with "\n"
  P baomoi ID "START ANCHOR" "END ANCHOR"           a passage: the text field from START ANCHOR to the end of END ANCHOR
  Q KIND CONTENT @ CUE @ SPEAKER @ ALIASES          a quote; KIND d (direct), i (indirect), m (mixed)
       CONTENT: exact text, or "A...B" (from A to the end of the first B after it); a trailing #N picks the Nth match
       CUE, SPEAKER: exact text, the occurrence nearest the content is taken; "-" for none
       SPEAKER starting with "!" is anonymous (its text is the description); "~" marks a pronoun/back-reference mention
       ALIASES: "|"-separated names of the speaker; every occurrence becomes a mention of the speaker entity
  S TEXT                                            a scare quote or quoted title/term (content, without the marks)
Guidelines applied by the script: reported speech whose content holds quotation marks is mixed; a scare quote
inside a quote's content is dropped (it is part of the quote).
  N TEXT = VALUE[..MAX] [UNIT]                      a quantity with its normalized value
  D TEXT = ISO                                      a date with its normalized value ("null" when unresolvable)
"""
import hashlib, json, os, re, shlex, sys

def load_sources(data):
    dantri = {}
    for line in open(os.path.join(data, 'news-unc-dantri/unc_v2.0-alpha.jsonl'), encoding='utf-8'):
        d = json.loads(line); dantri[d['doc_id']] = d
    baomoi = {}
    for i in range(1, 5):
        for line in open(os.path.join(data, f'news-baomoi-magizbox/baomoi_2017_part{i}.jsonl'), encoding='utf-8'):
            d = json.loads(line); baomoi[d['id']] = d
    return dantri, baomoi

def find_all(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i); i = text.find(s, i + 1)
    return out

def locate(text, spec, near=None):
    n = 1
    m = re.match(r'^(.*)#(\d+)$', spec)
    if m: spec, n = m.group(1), int(m.group(2))
    if '...' in spec and not spec.startswith('...'):
        a, b = spec.split('...', 1)
        starts = find_all(text, a)
        if not starts: raise ValueError(f'not found: {a!r}')
        s = starts[n - 1]
        e = text.find(b, s + len(a))
        if e < 0: raise ValueError(f'not found after {a!r}: {b!r}')
        return s, e + len(b)
    hits = find_all(text, spec)
    if not hits: raise ValueError(f'not found: {spec!r}')
    if near is not None and n == 1:
        s = min(hits, key=lambda h: min(abs(h - near[0]), abs(h + len(spec) - near[1])))
    else:
        s = hits[n - 1]
    return s, s + len(spec)

def main():
    notes, outdir = sys.argv[1], sys.argv[2]
    data = sys.argv[sys.argv.index('--data') + 1] if '--data' in sys.argv else os.path.join(os.path.dirname(__file__), '../../../shared/data')
    dantri, baomoi = load_sources(data)
    passages, cur = [], None
    for lineno, raw in enumerate(open(notes, encoding='utf-8'), 1):
        line = raw.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        try:
            tag, rest = line[0], line[2:]
            if tag == 'P':
                parts = shlex.split(rest)
                if parts[0] == 'dantri':
                    doc = dantri[parts[1]]; a, b = int(parts[2]), int(parts[3])
                    text = '\n'.join(doc['paragraphs'][a:b])
                    date = f"{doc['date'][:4]}-{doc['date'][4:6]}-{doc['date'][6:8]}"
                    ref = {'source': 'news-unc-dantri', 'article': parts[1], 'paragraphs': [a, b]}
                    pid = f'dantri-{parts[1]}-p{a}'
                else:
                    doc = baomoi[parts[1]]; full = doc['text']
                    s = full.find(parts[2]); e = full.find(parts[3], s)
                    if s < 0 or e < 0: raise ValueError('baomoi anchors not found')
                    e += len(parts[3]); text = full[s:e]; date = doc['date']
                    ref = {'source': 'news-baomoi-magizbox', 'article': parts[1], 'chars': [s, e]}
                    pid = f'baomoi-{parts[1]}-c{s}'
                cur = {'id': pid, **ref, 'date': date,
                       'sha256': hashlib.sha256(text.encode('utf-8')).hexdigest()[:16],
                       'quotes': [], 'scare_quotes': [], 'quantities': [], 'dates': [], '_text': text}
                passages.append(cur)
            elif tag == 'Q':
                text = cur['_text']
                kind, rest2 = rest.split(' ', 1)
                fields = [f.strip() for f in rest2.split(' @ ')]
                while len(fields) < 4: fields.append('-')
                content, cue, speaker, aliases = fields[:4]
                cs, ce = locate(text, content)
                q = {'start': cs, 'end': ce, 'kind': {'d': 'direct', 'i': 'indirect', 'm': 'mixed'}[kind]}
                q['cue'] = None if cue == '-' else dict(zip(('start', 'end'), locate(text, cue, (cs, ce))))
                if speaker == '-':
                    q['speaker'] = None
                else:
                    anon = speaker.startswith('!'); pron = speaker.startswith('~')
                    sp = speaker.lstrip('!~')
                    ss, se = locate(text, sp, (cs, ce))
                    mentions = [] if pron else [[ss, se]]
                    if aliases != '-':
                        for al in aliases.split('|'):
                            for h in find_all(text, al):
                                if [h, h + len(al)] not in mentions: mentions.append([h, h + len(al)])
                    q['speaker'] = {'start': ss, 'end': se, 'anonymous': anon, 'mentions': sorted(mentions)}
                cur['quotes'].append(q)
            elif tag == 'S':
                s, e = locate(cur['_text'], rest.strip()); cur['scare_quotes'].append({'start': s, 'end': e})
            elif tag in 'ND':
                t, v = rest.rsplit(' = ', 1)
                s, e = locate(cur['_text'], t.strip())
                if tag == 'D':
                    cur['dates'].append({'start': s, 'end': e, 'value': None if v.strip() == 'null' else v.strip()})
                else:
                    parts = v.split()
                    lo, _, hi = parts[0].partition('..')
                    cur['quantities'].append({'start': s, 'end': e, 'value': float(lo), 'value_max': float(hi) if hi else None,
                                              'unit': parts[1] if len(parts) > 1 else None})
            else:
                raise ValueError(f'unknown tag {tag!r}')
        except Exception as ex:
            sys.exit(f'{notes}:{lineno}: {ex}: {line}')
    os.makedirs(outdir, exist_ok=True)
    for p in passages:
        # Guideline applied to every passage alike: reported speech holding a quoted fragment is mixed, and a quoted
        # fragment inside a quote is part of it, not a scare quote.
        for q in p['quotes']:
            inner = p['_text'][q['start']:q['end']]
            if q['kind'] == 'indirect' and any(c in inner for c in '"“”«»'):
                q['kind'] = 'mixed'
        p['scare_quotes'] = [s for s in p['scare_quotes']
                             if not any(q['start'] <= s['start'] and s['end'] <= q['end'] for q in p['quotes'])]
        del p['_text']
        for k in ('quotes', 'scare_quotes', 'quantities', 'dates'):
            p[k].sort(key=lambda x: x['start'])
        with open(os.path.join(outdir, p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(p, f, ensure_ascii=False, indent=1); f.write('\n')
    print(f'{len(passages)} passages, {sum(len(p["quotes"]) for p in passages)} quotes -> {outdir}')

if __name__ == '__main__':
    main()
