import { describe, expect, it } from 'vitest';
import type { Finding } from '../../checker/types';
import type { Composer } from '../types';
import { afterUndoGroup, applyPlan, fixAllPlan } from './fix-all';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'links/tracking',
  category: 'link',
  severity: 'tip',
  start: 0,
  end: 4,
  text: 'abcd',
  message: 'm',
  suggestions: ['x'],
  ...over,
});

describe('fixAllPlan', () => {
  it('takes mechanical fixes and picked spelling fixes, last first', () => {
    const plan = fixAllPlan(
      [
        finding({ start: 0, end: 4, mechanical: true }),
        finding({
          ruleId: 'spelling/unknown-word',
          category: 'spelling',
          start: 10,
          end: 14,
          text: 'kofie',
          suggestions: ['koffie', 'kopie'],
        }),
        finding({ ruleId: 'spelling/unknown-word', category: 'spelling', start: 20, end: 24, text: 'zorgg' }),
        finding({ start: 30, end: 34 }),
      ],
      new Map([['kofie', 'kopie']]),
    );
    expect(plan.map((p) => `${p.finding.start}:${p.replacement}`)).toEqual(['10:kopie', '0:x']);
  });

  it('leaves out what needs judgement: no suggestion, a passage, a privacy finding', () => {
    const plan = fixAllPlan(
      [
        finding({ mechanical: true, suggestions: [] }),
        finding({ mechanical: true, start: 3, end: 3 }),
        finding({ ruleId: 'privacy/bsn', category: 'privacy', severity: 'stop', suggestions: [''] }),
      ],
      new Map(),
    );
    expect(plan).toEqual([]);
  });
});

describe('applyPlan', () => {
  const composer = { editor: 'lexical' } as Composer;
  it('applies one by one, each after the undo grouping time, and stops at the first refusal', async () => {
    let clock = 5000;
    let changed = 4900; // the user typed 100 ms ago
    const calls: string[] = [];
    const waits: number[] = [];
    const plan = fixAllPlan(
      [0, 10, 20].map((start) =>
        finding({ start, end: start + 4, mechanical: true, suggestions: [`s${start}`] }),
      ),
      new Map(),
    );
    const result = await applyPlan(
      composer,
      plan,
      () => ({ at: changed, undoRedo: false }),
      async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      async (_c, edit) => {
        calls.push(edit.replacement);
        if (edit.replacement === 's0') return { ok: false, reason: 'refused' };
        clock += 50;
        changed = clock;
        return { ok: true };
      },
      () => clock,
    );
    expect(calls).toEqual(['s20', 's10', 's0']);
    expect(waits).toEqual([1000, 1100, 1100]);
    expect(result).toEqual({ applied: 2, failed: { ok: false, reason: 'refused' } });
  });
});

describe('afterUndoGroup', () => {
  const at = (n: number) => ({ at: n, undoRedo: false });
  it('does not wait where the editor keeps every edit apart, or long after the last change', async () => {
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    await afterUndoGroup({ editor: 'textarea' }, at(990), wait, () => 1000);
    // Quill: the bridge closes the typing group itself.
    await afterUndoGroup({ editor: 'quill' }, at(990), wait, () => 1000);
    await afterUndoGroup({ editor: 'lexical' }, at(1000), wait, () => 3000);
    await afterUndoGroup({ editor: 'prosemirror' }, at(1000), wait, () => 1200);
    expect(waits).toEqual([400]);
  });

  it('does not wait right after an undo or redo (the editor starts a new step then)', async () => {
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    await afterUndoGroup({ editor: 'lexical' }, { at: 1000, undoRedo: true }, wait, () => 1010);
    await afterUndoGroup({ editor: 'prosemirror' }, { at: 1000, undoRedo: true }, wait, () => 1010);
    await afterUndoGroup({ editor: 'lexical' }, { at: 1000, undoRedo: false }, wait, () => 1010);
    expect(waits).toEqual([1090]);
  });
});
