// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { cleanPolicy } from '../../lib/settings/policy';
import { resolve } from '../../lib/settings/resolve';
import { Popup } from './Popup';
import type { PopupActions } from './types';
import type { Stored } from '../../lib/settings/storage';
import { storedUser } from '../../lib/settings/testing';

type Spied = { [K in keyof PopupActions]: Mock<PopupActions[K]> };

const actions = (): Spied => ({
  setChoice: vi.fn<PopupActions['setChoice']>().mockResolvedValue({ ok: true }),
  openSettings: vi.fn(),
  openWelcome: vi.fn(),
  checkUnreadable: vi.fn(),
});

const policy = { organisation: { name: 'Zorggroep Test' }, locked: { platforms: { tiktok: false } } };

const show = (user: Stored['user'] = {}, act = actions()) => {
  render(<Popup resolved={resolve(cleanPolicy(policy), storedUser(user), 'nl-NL')} actions={act} />);
  return act;
};

afterEach(cleanup);

describe('Popup', () => {
  it('names the product and says the text stays on the device', () => {
    show();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Zorgvuldig');
    expect(screen.getByText(/Je tekst blijft op je apparaat/)).toBeTruthy();
  });

  it('has a labelled switch per platform showing the merged setting', () => {
    show({ platforms: { facebook: true, instagram: false, linkedin: true, tiktok: true } });
    const states = ['Facebook', 'Instagram', 'LinkedIn', 'TikTok'].map((name) => {
      const control = screen.getByRole('switch', { name }) as HTMLInputElement;
      return `${name}:${control.checked ? 'on' : 'off'}${control.disabled ? ':locked' : ''}`;
    });
    expect(states).toEqual(['Facebook:on', 'Instagram:off', 'LinkedIn:on', 'TikTok:off:locked']);
  });

  it('saves a switch as the user choice', async () => {
    const act = show();
    fireEvent.click(screen.getByRole('switch', { name: 'LinkedIn' }));
    expect(act.setChoice).toHaveBeenCalledWith('platforms.linkedin', false);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Opgeslagen.'));
  });

  it('shows a locked platform with the organisation and does not change it', () => {
    const act = show();
    const tiktok = screen.getByRole('switch', { name: 'TikTok' }) as HTMLInputElement;
    const note = document.getElementById(tiktok.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toContain('Vastgezet door Zorggroep Test');
    fireEvent.click(tiktok);
    expect(act.setChoice).not.toHaveBeenCalled();
  });

  it('opens the settings and the welcome page', () => {
    const act = show();
    fireEvent.click(screen.getByRole('button', { name: 'Instellingen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Welkom' }));
    expect(act.openSettings).toHaveBeenCalledOnce();
    expect(act.openWelcome).toHaveBeenCalledOnce();
  });

  it('speaks English when the language is English', () => {
    show({ lang: 'en' });
    expect(screen.getByText(/Your text stays on your device/)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Check on' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
    expect(document.getElementById('popup-lock-tiktok')?.textContent).toContain('Locked by Zorggroep Test');
  });

  it('says plainly when a box on the page could not be read, and offers to check it', () => {
    const act = actions();
    render(
      <Popup
        resolved={resolve(cleanPolicy(policy), storedUser({}), 'nl-NL')}
        actions={act}
        health={{ watching: true, boxes: 1, unreadable: { reason: 'closed', label: 'Reactie', frameId: 0 } }}
      />,
    );
    expect(screen.getByText(/kan het tekstvak waarin je typt niet vanzelf lezen \(“Reactie”\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Controleer dit tekstvak' }));
    expect(act.checkUnreadable).toHaveBeenCalled();
  });

  it('counts the boxes it checks, and says where it does not check by itself', () => {
    const resolved = resolve(cleanPolicy(policy), storedUser({}), 'nl-NL');
    const { rerender } = render(
      <Popup
        resolved={resolved}
        actions={actions()}
        health={{ watching: true, boxes: 2, unreadable: null }}
      />,
    );
    expect(screen.getByText('Zorgvuldig kijkt mee op deze pagina: 2 tekstvakken.')).toBeTruthy();
    rerender(
      <Popup
        resolved={resolved}
        actions={actions()}
        health={{ watching: false, boxes: 0, unreadable: null }}
      />,
    );
    expect(screen.getByText(/Controleer met Zorgvuldig/)).toBeTruthy();
  });
});
