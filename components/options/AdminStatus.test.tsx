// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanPolicy } from '../../lib/settings/policy';
import { resolve } from '../../lib/settings/resolve';
import { storedUser } from '../../lib/settings/testing';
import { AdminStatus } from './AdminStatus';
import { adminStatusText } from './admin-status';

const policy = {
  organisation: { name: 'Zorggroep Status', words: ['Statuszorg', 'twee woorden', 'ZGS'] },
  defaults: { linkCheck: true, lang: 'fr' },
  locked: { platforms: { tiktok: false } },
  surplus: 1,
};
const install = {
  id: 'bopcdpmcjgjnecdlabkljmahphbjbdhj',
  version: '1.4.2',
  installType: 'admin',
  browser: 'Chromium 156',
};
const now = () => new Date('2026-11-29T10:00:00Z');
const resolvedFor = (raw: unknown, lang = 'nl-NL') => resolve(cleanPolicy(raw), storedUser(), lang);

afterEach(cleanup);

describe('AdminStatus', () => {
  it('lists the version, the install type, the values in force and the refused ones with why (Dutch)', () => {
    render(
      <AdminStatus
        resolved={resolvedFor(policy)}
        install={install}
        lang="nl"
        announce={() => {}}
        copy={vi.fn()}
        now={now}
      />,
    );
    expect(screen.getByText('1.4.2')).toBeTruthy();
    expect(screen.getByText('door de organisatie, via beleid (admin)')).toBeTruthy();
    const inForce = within(screen.getByRole('list', { name: 'Waarden in gebruik' }));
    expect(inForce.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'organisation.name = "Zorggroep Status"',
      'organisation.words = ["Statuszorg","ZGS"] (2)',
      'defaults.linkCheck = true',
      'locked.platforms.tiktok = false',
    ]);
    const refused = within(screen.getByRole('list', { name: 'Genegeerde waarden' }));
    expect(refused.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'organisation.words.1 = "twee woorden": geen los woord (een spatie erin?)',
      'defaults.lang = "fr": kies uit "auto", "nl", "en"',
      'surplus = 1: onbekende instelling',
    ]);
  });

  it('copies the same facts as text for a ticket, and says so', async () => {
    const copy = vi.fn().mockResolvedValue(undefined);
    const announce = vi.fn();
    render(
      <AdminStatus
        resolved={resolvedFor(policy)}
        install={install}
        lang="nl"
        announce={announce}
        copy={copy}
        now={now}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer voor een melding' }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Status gekopieerd: plak hem in je melding.'));
    const text = copy.mock.calls[0][0] as string;
    expect(text).toBe((screen.getByLabelText('Status als tekst') as HTMLTextAreaElement).value);
    expect(text).toBe(
      [
        'Zorgvuldig: status voor de helpdesk / Zorgvuldig: status for the support desk',
        'Versie / Version: 1.4.2',
        'Geïnstalleerd / Installed: door de organisatie, via beleid / by the organisation, through policy (admin)',
        'Extensie-ID / Extension ID: bopcdpmcjgjnecdlabkljmahphbjbdhj',
        'Browser: Chromium 156',
        "Beleid van de organisatie / Organisation's policy: gevonden / found",
        'Delen ontvangen / Parts received: organisation, defaults, locked',
        'Waarden in gebruik / Values in force (4):',
        '  organisation.name = "Zorggroep Status"',
        '  organisation.words = ["Statuszorg","ZGS"] (2)',
        '  defaults.linkCheck = true',
        '  locked.platforms.tiktok = false',
        'Genegeerde waarden / Ignored values (3):',
        '  organisation.words.1 = "twee woorden": geen los woord (een spatie erin?) / not a single word (a space in it?)',
        '  defaults.lang = "fr": kies uit "auto", "nl", "en" / choose one of "auto", "nl", "en"',
        '  surplus = 1: onbekende instelling / unknown setting',
        "Eigen keuzes van de gebruiker / User's own choices: gesynchroniseerd / synced",
        'Tijd / Time: 2026-11-29T10:00:00.000Z',
      ].join('\n'),
    );
  });

  it('tells the user how to copy by hand when the clipboard refuses', async () => {
    const announce = vi.fn();
    render(
      <AdminStatus
        resolved={resolvedFor({})}
        install={undefined}
        lang="en"
        announce={announce}
        copy={vi.fn().mockRejectedValue(new Error('denied'))}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy for a ticket' }));
    await waitFor(() =>
      expect(announce).toHaveBeenCalledWith('Copying failed: select the text below and copy it yourself.'),
    );
  });

  it('says when there is no policy and the install is unknown, in Dutch and English whatever the page language', () => {
    const text = adminStatusText(resolvedFor({}, 'en-GB'), undefined, now());
    expect(text).toContain(
      "Beleid van de organisatie / Organisation's policy: geen (of de browser gaf het niet door) / none (or the browser did not pass it on)",
    );
    expect(text).toContain('Waarden in gebruik / Values in force (0):\n  (geen) / (none)');
    expect(text).toContain('Geïnstalleerd / Installed: ?');
    expect(text).toContain(
      'Delen ontvangen / Parts received: (geen) (niet: organisation, defaults, locked) / (none) (not: organisation, defaults, locked)',
    );
  });

  it('names the parts of the policy that did not arrive (Chrome leaves out a part with a wrong type)', () => {
    render(
      <AdminStatus
        resolved={resolvedFor({ organisation: { name: 'Zorggroep Deel' } })}
        install={install}
        lang="nl"
        announce={() => {}}
        copy={vi.fn()}
      />,
    );
    expect(screen.getByText('organisation (niet: defaults, locked)')).toBeTruthy();
  });
});
