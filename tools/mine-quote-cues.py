#!/usr/bin/env python3
"""Mines candidate speech-cue phrases from the unlabeled news in ../shared/data (issue 6, item 1).

Counts the one- and two-syllable phrases that stand (a) before "rằng", (b) before ':' + an opening quote, and
(c) at the end of a sentence that opens with a closed quote and a comma ('"…", ông X cho biết.'). Prints
"phrase<TAB>rằng<TAB>colon<TAB>after_quote<TAB>total" for phrases seen at least --min times, most frequent
first. The shipped list src/NewsLens.Extraction/Quotes/quote-cues.txt was reviewed by hand from this output
(speech and cognition verbs kept; nouns, function words and fragments dropped).
Usage: tools/mine-quote-cues.py [--data ../shared/data] [--min 20] [--top 300]
"""
import argparse, collections, glob, json, os, re

ap = argparse.ArgumentParser()
ap.add_argument('--data', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data'))
ap.add_argument('--min', type=int, default=20)
ap.add_argument('--top', type=int, default=300)
args = ap.parse_args()

def paragraphs():
    for path in sorted(glob.glob(os.path.join(args.data, 'news-baomoi-magizbox', '*.jsonl'))):
        for line in open(path, encoding='utf-8'):
            yield from json.loads(line).get('text', '').split('\n')
    for line in open(os.path.join(args.data, 'news-unc-dantri', 'unc_v2.0-alpha.jsonl'), encoding='utf-8'):
        yield from json.loads(line).get('paragraphs', [])

word = r"[^\W\d_]+"
before_rang = re.compile(rf"({word}) ({word}) rằng\b")
before_colon = re.compile(rf"({word}) ({word}) ?: ?[\"“«]")
after_quote = re.compile(rf"[\"”»] ?[,-–] ?[^.\"“”]{{0,80}}? ({word}) ({word})\s*\.")
counts = collections.defaultdict(lambda: [0, 0, 0])
for p in paragraphs():
    p = p.replace('\u00a0', ' ')
    for col, rx in enumerate((before_rang, before_colon, after_quote)):
        for m in rx.finditer(p):
            a, b = m.group(1).lower(), m.group(2).lower()
            counts[b][col] += 1
            counts[f'{a} {b}'][col] += 1
rows = sorted(((sum(c), k, c) for k, c in counts.items() if sum(c) >= args.min), reverse=True)[:args.top]
for total, k, c in rows:
    print(f'{k}\t{c[0]}\t{c[1]}\t{c[2]}\t{total}')
