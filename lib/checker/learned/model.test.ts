import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { bucket, featureBuckets, modelTokens, NAME } from './features';
import { modelHit, THRESHOLD } from './model';
import { cpuMs } from '../../../tests/cpu-time';

const rulesOf = (text: string, surface: 'reply' | 'post' | 'comment') =>
  check({ text, surface }).findings.map((f) => f.ruleId);

describe('draft model features', () => {
  it('reads words, numbers and single signs such as emoji, in lower case', () => {
    const words = (text: string) => modelTokens(text).map((t) => t.word);
    expect(words('Dat KLOPT niet 🙄 (12)')).toEqual(['dat', 'klopt', 'niet', '🙄', '(', '12', ')']);
  });

  it('reads a capital inside a sentence and an @handle as a name, not as the name itself', () => {
    const words = (text: string) => modelTokens(text).map((t) => t.word);
    expect(words('Gisteren werd Truus 100 in Ede. Mooi!')).toEqual([
      'gisteren',
      'werd',
      NAME,
      '100',
      'in',
      NAME,
      '.',
      'mooi',
      '!',
    ]);
    expect(words('@wendy super dag')).toEqual(['@', NAME, 'super', 'dag']);
  });

  it('hashes the same feature to the same bucket, inside the table', () => {
    expect(bucket('w:heup')).toBe(bucket('w:heup'));
    expect(bucket('w:heup')).not.toBe(bucket('w:hoop'));
    for (const b of featureBuckets('Haar heupoperatie ging goed', 'post')) expect(b).toBeLessThan(1 << 15);
  });

  it('counts a feature once however often it is written', () => {
    expect(featureBuckets('val val val', 'post').size).toBe(featureBuckets('val val', 'post').size);
  });
});

describe('draft model', () => {
  it('hears an arguing reply that no phrase of the rule covers', () => {
    const reply =
      'Meneer vergeet te vermelden dat hij zelf drie keer niet op zijn afspraak is verschenen. Wij hebben ons aan alle afspraken gehouden.';
    const hit = modelHit('defensive-reply', reply, 'reply');
    expect(hit?.score).toBeGreaterThanOrEqual(THRESHOLD['defensive-reply']);
  });

  it('stays below its thresholds on kind replies and general information', () => {
    const kind =
      'Wat vervelend om te lezen. Wilt u ons een privébericht sturen? Dan zoeken we het samen uit.';
    expect(modelHit('defensive-reply', kind, 'reply')).toBeUndefined();
    const info = 'Vallen is bij ouderen een groot risico. Lees op onze site hoe u thuis vallen voorkomt.';
    expect(modelHit('special-category', info, 'post')).toBeUndefined();
  });

  it('reports as a check of the rule that found nothing itself, on the sentence that weighs most', () => {
    const reply =
      'Meneer vergeet te vermelden dat hij zelf drie keer niet op zijn afspraak is verschenen. Wij hebben ons aan alle afspraken gehouden.';
    const report = check({ text: reply, surface: 'reply' });
    const found = report.findings.filter((f) => f.ruleId === 'tone/defensive-reply');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.severity).not.toBe('stop');
  });

  it('tells health only where a sentence speaks of someone, not in advice to anyone', () => {
    const advice =
      'Na een val thuis komen veel ouderen een paar weken in het ziekenhuis terecht. Daarna volgt vaak revalidatie in een verpleeghuis, en dan moet je nooit te snel weer alleen de trap op.';
    const before = THRESHOLD['special-category'];
    // Lowered so the model scores this advice above it: what keeps it quiet is that nobody is meant.
    THRESHOLD['special-category'] = 0.5;
    try {
      expect(modelHit('special-category', advice, 'post')).toBeDefined();
      const health = check({ text: advice, surface: 'post' }).findings.filter(
        (f) => f.ruleId === 'avg/special-category',
      );
      expect(health).toEqual([]);
    } finally {
      THRESHOLD['special-category'] = before;
    }
  });

  it('never answers on a post for the reply types', () => {
    const text = 'Meneer vergeet te vermelden dat hij zelf niet op zijn afspraak is verschenen.';
    const post = check({ text, surface: 'post' }).findings.filter((f) =>
      f.message.includes('lijkt in het openbaar in discussie'),
    );
    expect(post).toEqual([]);
    expect(rulesOf('', 'reply')).toEqual([]);
  });

  it('hears a reply that confirms care in words no phrase of the rule covers, as a check', () => {
    const reply =
      'Hoi Fatima, fijn dat de hechtingen eruit zijn en alles mooi geneest. Tot bij de nacontrole volgende week!';
    const found = check({ text: reply, surface: 'reply' }).findings.filter(
      (f) => f.ruleId === 'avg/care-relationship',
    );
    expect(found.map((f) => f.severity)).toEqual(['check']);
    expect(found[0].explanation).toContain('taalmodel');
  });

  it('confirms no care where nobody speaks as the carer, nor in an offer to anyone', () => {
    const care = (text: string) =>
      check({ text, surface: 'reply' }).findings.filter((f) => f.ruleId === 'avg/care-relationship');
    const before = THRESHOLD['care-relationship'];
    // Lowered so the model scores these above it: what keeps them quiet is who speaks, and to whom.
    THRESHOLD['care-relationship'] = 0.5;
    try {
      const anyone = 'Wat fijn dat de operatie zo goed is verlopen!';
      expect(modelHit('care-relationship', anyone, 'reply')).toBeDefined();
      expect(care(anyone)).toEqual([]);
      const offer = 'Vanaf volgende week kunt u weer zonder afspraak langskomen op de poli.';
      expect(modelHit('care-relationship', offer, 'reply')).toBeDefined();
      expect(care(offer)).toEqual([]);
    } finally {
      THRESHOLD['care-relationship'] = before;
    }
  });

  it('sees details that together point to one resident where the rule ties none', () => {
    const post =
      'Gisteren bracht de burgemeester bloemen naar meneer Olthof in Dedemsvaart, die zondag 101 werd.';
    const hit = modelHit('combination', post, 'post');
    expect(hit?.score).toBeGreaterThanOrEqual(THRESHOLD.combination);
    const general = 'Ons woonzorgcentrum in Dedemsvaart bestaat 50 jaar. Kom langs op de open dag!';
    expect(modelHit('combination', general, 'post')).toBeUndefined();
  });

  it('reads a long text in pieces, in time linear in its length', () => {
    const piece = 'Onze bewoners genoten vandaag van de muziek in de tuin. ';
    const time = (n: number) => {
      const text = piece.repeat(n);
      return cpuMs(() => modelHit('special-category', text, 'post'));
    };
    time(50);
    // A runaway guard, not a budget (npm run bench measures that): 64x the text in far less than 64^2.
    expect(time(3200)).toBeLessThan(Math.max(50, time(50) * 64 * 8));
  });
});
