#!/usr/bin/env python3
"""Split a batch of new real-text drafts into a tune part and a held-out part (issue 11).

The method of session 4, written down so a later batch can be split the same way:
drafts are grouped by kind (the id without its number, e.g. ``rt-birth``) and by risky/harmless;
the groups are taken in sorted order, each group sorted by id and then shuffled with ONE
``random.Random(seed)``; ``round(0.45 * n)`` of each group goes to ``heldout/<name>``, the rest to
``tune/<name>``. The seed is the first from 1 up for which both parts hold every label type of
``REQUIRED`` that the batch has.

Usage:
  python3 tests/eval/realtext/split.py BATCH.jsonl cases3.jsonl    # split a new batch
  python3 tests/eval/realtext/split.py --check cases3.jsonl         # redo the split from both parts

``--check`` reads both parts back, splits their union again and says whether it gives the same
parts; it prints counts only, never a draft, so it does not expose the held-out text.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQUIRED = ['person', 'combination', 'special-category', 'care-relationship', 'defensive-reply', 'photo']


def kind(draft):
    return draft['id'].rsplit('-', 1)[0]


def split(drafts, seed):
    groups = {}
    for d in drafts:
        groups.setdefault((kind(d), bool(d['labels'])), []).append(d)
    rng = random.Random(seed)
    tune, heldout = [], []
    for key in sorted(groups):
        items = sorted(groups[key], key=lambda d: d['id'])
        rng.shuffle(items)
        k = round(0.45 * len(items))
        heldout += items[:k]
        tune += items[k:]
    return tune, heldout


def types(part):
    return {label['type'] for d in part for label in d['labels']}


def first_seed(drafts):
    wanted = [t for t in REQUIRED if t in types(drafts)]
    for seed in range(1, 1000):
        tune, heldout = split(drafts, seed)
        if all(t in types(tune) and t in types(heldout) for t in wanted):
            return seed, tune, heldout
    raise SystemExit('no seed up to 999 puts every label type in both parts')


def read(path):
    return [json.loads(line) for line in Path(path).read_text(encoding='utf8').splitlines() if line.strip()]


def write(path, part):
    lines = [json.dumps(d, ensure_ascii=False) for d in sorted(part, key=lambda d: d['id'])]
    Path(path).write_text('\n'.join(lines) + '\n', encoding='utf8')


def main(argv):
    if len(argv) == 3 and argv[1] == '--check':
        name = argv[2]
        tune, heldout = read(HERE / 'tune' / name), read(HERE / 'heldout' / name)
        seed, t2, h2 = first_seed(tune + heldout)
        same = {d['id'] for d in t2} == {d['id'] for d in tune} and {d['id'] for d in h2} == {
            d['id'] for d in heldout
        }
        print(f'seed {seed}: tune {len(t2)}, heldout {len(h2)}; same split as the files: {same}')
        return 0 if same else 1
    if len(argv) != 3:
        print(__doc__)
        return 2
    drafts, name = read(argv[1]), argv[2]
    seed, tune, heldout = first_seed(drafts)
    write(HERE / 'tune' / name, tune)
    write(HERE / 'heldout' / name, heldout)
    print(f'seed {seed}: tune {len(tune)}, heldout {len(heldout)}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
