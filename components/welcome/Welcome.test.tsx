// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { cleanPolicy } from '../../lib/settings/policy';
import { resolve } from '../../lib/settings/resolve';
import type { WelcomeActions } from './types';
import { Welcome } from './Welcome';
import type { Stored } from '../../lib/settings/storage';
import { storedUser } from '../../lib/settings/testing';

type Spied = { [K in keyof WelcomeActions]: Mock<WelcomeActions[K]> };

const actions = (): Spied => ({
  setChoice: vi.fn<WelcomeActions['setChoice']>().mockResolvedValue({ ok: true }),
  openSettings: vi.fn(),
});

const show = (policy: Record<string, unknown>, user: Stored['user'] = {}, act = actions()) => {
  render(<Welcome resolved={resolve(cleanPolicy(policy), storedUser(user), 'nl-NL')} actions={act} />);
  return act;
};

afterEach(cleanup);

describe('Welcome', () => {
  it('explains the three checks, local checking and how to use it, in Dutch', () => {
    show({});
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welkom bij Zorgvuldig');
    for (const name of ['Herkenbare patiënten', 'AVG en beroepsgeheim', 'Spelling en links']) {
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    }
    const privacy = screen.getByRole('region', { name: 'Alles blijft op je apparaat' });
    expect(privacy.textContent).toContain('geen analytics');
    expect(privacy.textContent).toContain('bekijkt Zorgvuldig alleen op je apparaat');
    expect(privacy.textContent).toContain('Links online nakijken staat nu uit.');
    const steps = screen.getByRole('region', { name: 'Zo werkt het' }).querySelectorAll('li');
    expect(steps).toHaveLength(4);
  });

  it('lists which platforms are on, and who locked one', () => {
    show(
      { organisation: { name: 'Zorggroep Test' }, locked: { platforms: { tiktok: false } } },
      { platforms: { facebook: true, instagram: false, linkedin: true, tiktok: true } },
    );
    const items = [...screen.getByRole('region', { name: 'Zorgvuldig kijkt mee op' }).querySelectorAll('li')];
    expect(items.map((item) => item.textContent)).toEqual([
      'Facebookaan',
      'Instagramuit',
      'LinkedInaan',
      'TikTokuit Vastgezet door Zorggroep Test',
    ]);
    expect(screen.getByText('Ingesteld door Zorggroep Test.')).toBeTruthy();
  });

  it('opens the settings', () => {
    const act = show({});
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen openen' }));
    expect(act.openSettings).toHaveBeenCalledOnce();
  });

  it('saves "do not show again" as showWelcome=false', async () => {
    const act = show({});
    const box = screen.getByLabelText('Dit welkomstscherm niet meer tonen') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(act.setChoice).toHaveBeenCalledWith('showWelcome', false);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Opgeslagen.'));
  });

  it('shows the notice when saving did not work', async () => {
    const act = actions();
    act.setChoice.mockResolvedValue({ ok: false, notice: 'Deze instelling is vastgezet door X.' });
    show({}, {}, act);
    fireEvent.click(screen.getByLabelText('Dit welkomstscherm niet meer tonen'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Deze instelling is vastgezet door X.'),
    );
  });

  it('disables the checkbox and says who locked it when the organisation did', () => {
    const act = show({ organisation: { name: 'Zorggroep Test' }, locked: { showWelcome: true } });
    const box = screen.getByLabelText('Dit welkomstscherm niet meer tonen') as HTMLInputElement;
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(false);
    const note = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toContain('Vastgezet door Zorggroep Test');
    fireEvent.click(box);
    expect(act.setChoice).not.toHaveBeenCalled();
  });

  it('speaks English when the language is English', () => {
    show({ defaults: { linkCheck: true } }, { lang: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Zorgvuldig');
    expect(screen.getByRole('region', { name: 'Everything stays on your device' }).textContent).toContain(
      'Checking links online is on now.',
    );
    expect(screen.getByLabelText("Don't show this welcome page again")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the settings' })).toBeTruthy();
  });
});
