// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBoxHealth, describeBox, type Health } from './box-health';

describe('box health', () => {
  it('counts boxes on the host and tells the toolbar the last unreadable box by name', () => {
    const host = document.createElement('div');
    const seen: Health[] = [];
    const health = createBoxHealth(host, (h) => seen.push(h));
    health.count(2);
    expect(host.getAttribute('data-composers')).toBe('2');
    const box = document.createElement('div');
    box.setAttribute('aria-label', 'Schrijf een reactie');
    document.body.append(box);
    health.unreadable(box, 'closed');
    expect(seen.at(-1)).toEqual({
      boxes: 2,
      unreadable: { reason: 'closed', label: 'Schrijf een reactie' },
    });
    expect(health.unreadableBox()).toBe(box);
    box.remove();
    expect(health.unreadableBox()).toBeNull();
  });

  it('forgets the unreadable box once the user hands it (or something inside its shadow root) over', () => {
    const health = createBoxHealth(document.createElement('div'));
    const shadowHost = document.createElement('div');
    document.body.append(shadowHost);
    const inside = document.createElement('textarea');
    shadowHost.attachShadow({ mode: 'open' }).append(inside);
    health.unreadable(shadowHost, 'closed');
    health.adopted(document.createElement('textarea'));
    expect(health.unreadableBox()).toBe(shadowHost);
    health.adopted(inside);
    expect(health.unreadableBox()).toBeNull();
  });

  it('names a box by its label, placeholder, title or else its tag, in at most 80 characters', () => {
    const el = document.createElement('textarea');
    expect(describeBox(el)).toBe('textarea');
    el.setAttribute('title', 'Titel');
    expect(describeBox(el)).toBe('Titel');
    el.setAttribute('placeholder', 'Wat wil je delen?');
    expect(describeBox(el)).toBe('Wat wil je delen?');
    el.setAttribute('aria-label', 'x'.repeat(100));
    expect(describeBox(el)).toHaveLength(80);
  });
});
