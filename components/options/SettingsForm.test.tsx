// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rules as registry } from '../../lib/checker/registry';
import { cleanPolicy } from '../../lib/settings/policy';
import { resolve } from '../../lib/settings/resolve';
import { SettingsForm } from './SettingsForm';
import type { OptionsActions } from './types';
import { storedUser } from '../../lib/settings/testing';

const rules = registry.map(({ id, description, defaultSeverity }) => ({ id, description, defaultSeverity }));

function actions(): OptionsActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    setChoice: vi.fn().mockResolvedValue({ ok: true }),
    addWord: vi.fn().mockResolvedValue({ ok: true }),
    removeWord: vi.fn().mockResolvedValue({ ok: true }),
    exportFile: vi.fn().mockResolvedValue(undefined),
    importFile: vi.fn().mockResolvedValue({
      ok: false,
      notices: [{ source: 'import', key: '', message: 'Dit bestand is geen JSON.' }],
    }),
    reset: vi.fn().mockResolvedValue({ ok: true }),
    copyText: vi.fn().mockResolvedValue(undefined),
  };
}

const policy = {
  organisation: { name: 'Zorggroep Test', words: ['Testzorg'] },
  defaults: { linkCheck: true },
  locked: { platforms: { tiktok: false }, rules: { 'privacy/bsn': { severity: 'stop' } } },
  // Invalid: must show as a notice, not break the page.
  extra: { lang: 'fr' },
};

afterEach(cleanup);

describe('SettingsForm', () => {
  it('shows a locked setting as locked, disabled, with who locked it', () => {
    render(
      <SettingsForm
        resolved={resolve(cleanPolicy(policy), storedUser(), 'nl-NL')}
        rules={rules}
        actions={actions()}
      />,
    );
    const tiktok = screen.getByLabelText('TikTok') as HTMLInputElement;
    expect(tiktok.disabled).toBe(true);
    expect(tiktok.checked).toBe(false);
    expect(tiktok.getAttribute('aria-describedby')).toContain('opt-platforms-tiktok-lock');
    expect(document.getElementById('opt-platforms-tiktok-lock')?.textContent).toContain(
      'Vastgezet door Zorggroep Test',
    );
    expect((screen.getByLabelText('Facebook') as HTMLInputElement).disabled).toBe(false);
    expect((document.getElementById('opt-rules-privacy-bsn-severity') as HTMLSelectElement).disabled).toBe(
      true,
    );
  });

  it('shows underlines per category, a locked one as locked, and saves a change', async () => {
    const locked = { ...policy, locked: { underlines: { spelling: false } } };
    const act = actions();
    render(
      <SettingsForm
        resolved={resolve(cleanPolicy(locked), storedUser(), 'nl-NL')}
        rules={rules}
        actions={act}
      />,
    );
    const group = screen.getByRole('group', { name: 'Onderstrepen in je tekst' });
    const spelling = group.querySelector<HTMLInputElement>('#opt-underlines-spelling')!;
    expect(spelling.disabled).toBe(true);
    expect(spelling.checked).toBe(false);
    expect(document.getElementById('opt-underlines-spelling-lock')?.textContent).toContain(
      'Vastgezet door Zorggroep Test',
    );
    const privacy = group.querySelector<HTMLInputElement>('#opt-underlines-privacy')!;
    expect(privacy.disabled).toBe(false);
    expect(privacy.checked).toBe(true);
    fireEvent.click(privacy);
    await waitFor(() => expect(act.setChoice).toHaveBeenCalledWith('underlines.privacy', false));
  });

  it('shows an organisation default as such, and saves a change of it', async () => {
    const act = actions();
    render(
      <SettingsForm
        resolved={resolve(cleanPolicy(policy), storedUser(), 'nl-NL')}
        rules={rules}
        actions={act}
      />,
    );
    const linkCheck = screen.getByLabelText('Links online nakijken') as HTMLInputElement;
    expect(linkCheck.checked).toBe(true);
    expect(screen.getByText('Standaard van je organisatie')).toBeTruthy();
    fireEvent.click(linkCheck);
    expect(act.setChoice).toHaveBeenCalledWith('linkCheck', false);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Opgeslagen.'));
  });

  it('marks every value the organisation preset and the user kept, not the ones the user changed', () => {
    const defaults = {
      defaults: {
        lang: 'nl',
        platforms: { tiktok: false, facebook: true },
        underlines: { spelling: false },
        rules: { 'privacy/email': { enabled: false, severity: 'stop' } },
      },
    };
    render(
      <SettingsForm
        resolved={resolve(
          cleanPolicy(defaults),
          storedUser({ platforms: { facebook: false } } as unknown as Parameters<typeof storedUser>[0]),
          'nl-NL',
        )}
        rules={rules}
        actions={actions()}
      />,
    );
    // The control each note belongs to: the one just before it, or its group's first (language).
    const controlOf = (note: Element) => {
      for (let el = note.previousElementSibling; el; el = el.previousElementSibling)
        if (el.matches('input, select')) return el.id;
      return note.closest('fieldset')?.querySelector('input')?.id;
    };
    const marked = [...document.querySelectorAll('.org-default')].map(controlOf);
    expect(marked).toEqual([
      'opt-lang-auto',
      'opt-platforms-tiktok',
      'opt-underlines-spelling',
      'opt-rules-privacy-email-enabled',
      'opt-rules-privacy-email-severity',
    ]);
  });

  it('lists what was ignored and why', () => {
    render(
      <SettingsForm
        resolved={resolve(cleanPolicy(policy), storedUser(), 'nl-NL')}
        rules={rules}
        actions={actions()}
      />,
    );
    const notices = screen.getByRole('region', { name: 'Let op' });
    expect(notices.textContent).toContain('"extra"');
    expect(notices.textContent).toContain('onbekende instelling');
  });

  it('speaks English when the language is English', () => {
    render(
      <SettingsForm
        resolved={resolve(cleanPolicy(policy), storedUser({ lang: 'en' }), 'nl-NL')}
        rules={rules}
        actions={actions()}
      />,
    );
    expect(screen.getByLabelText('Check links online')).toBeTruthy();
    expect(document.getElementById('opt-platforms-tiktok-lock')?.textContent).toContain(
      'Locked by Zorggroep Test',
    );
  });

  it('gives every form control an accessible name', () => {
    render(
      <SettingsForm
        resolved={resolve(cleanPolicy(policy), storedUser({ words: ['mijnwoord'] }), 'nl-NL')}
        rules={rules}
        actions={actions()}
      />,
    );
    const controls = [...document.querySelectorAll('input, select, button')];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      const id = control.getAttribute('id');
      const named =
        (id && document.querySelector(`label[for="${id}"]`)) ||
        control.textContent?.trim() ||
        control.getAttribute('aria-label');
      expect(named, control.outerHTML).toBeTruthy();
    }
  });

  it('adds and removes words, or says adding is off', async () => {
    const act = actions();
    const { unmount } = render(
      <SettingsForm
        resolved={resolve(cleanPolicy({}), storedUser({ words: ['mijnwoord'] }), 'nl-NL')}
        rules={rules}
        actions={act}
      />,
    );
    fireEvent.input(screen.getByLabelText('Nieuw woord'), { target: { value: 'Noordzorg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(act.addWord).toHaveBeenCalledWith('Noordzorg');
    fireEvent.click(screen.getByRole('button', { name: 'Verwijder mijnwoord' }));
    expect(act.removeWord).toHaveBeenCalledWith('mijnwoord');
    unmount();
    render(
      <SettingsForm
        resolved={resolve(
          cleanPolicy({ organisation: { name: 'Isala', canAddWords: false } }),
          storedUser(),
          'nl-NL',
        )}
        rules={rules}
        actions={act}
      />,
    );
    expect(screen.queryByLabelText('Nieuw woord')).toBeNull();
    expect(screen.getByText('Woorden toevoegen is uitgezet door Isala.')).toBeTruthy();
  });

  it('asks before resetting, and does nothing on cancel', async () => {
    const act = actions();
    render(
      <SettingsForm resolved={resolve(cleanPolicy({}), storedUser(), 'nl-NL')} rules={rules} actions={act} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Zet mijn keuzes terug…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(act.reset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Zet mijn keuzes terug…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, terugzetten' }));
    expect(act.reset).toHaveBeenCalledOnce();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Je instellingen zijn teruggezet.'),
    );
  });

  it('shows why an imported file was refused', async () => {
    const act = actions();
    render(
      <SettingsForm resolved={resolve(cleanPolicy({}), storedUser(), 'nl-NL')} rules={rules} actions={act} />,
    );
    const input = screen.getByLabelText('Importeer uit bestand') as HTMLInputElement;
    const file = new File(['{nope'], 'instellingen.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Dit bestand is geen JSON.'));
    expect(act.importFile).toHaveBeenCalledWith('{nope');
  });
});
