// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setUserChoice } from '../../lib/settings/actions';

/** What browser.i18n answers in a browser whose own language is `locale`: the _locales file. */
function browserLocale(locale: 'nl' | 'en') {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(locale === 'nl' ? 'nl-NL' : 'en-US');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (name: string) => messages[name]?.message ?? '',
  );
}

/** The options page as the browser opens it: its HTML, then its script. */
async function openOptionsPage() {
  document.body.innerHTML = '<div id="app" aria-busy="true"></div>';
  vi.resetModules();
  await import('./main');
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.management, 'getSelf').mockRejectedValue(new Error('not here'));
  // The user declines the browser's permission prompt for the live link check.
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the options page speaks the language the user chose, not the browser’s', () => {
  it('Dutch setting in an English browser: title and the permission notice are Dutch', async () => {
    browserLocale('en');
    await setUserChoice('lang', 'nl');
    await openOptionsPage();
    await waitFor(() => expect(document.title).toBe('Zorgvuldig: instellingen'));
    fireEvent.click(screen.getByLabelText('Links online nakijken'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Links online nakijken kan alleen als je de browser toestemming geeft om de adressen van links op te vragen.',
      ),
    );
  });

  it('English setting in a Dutch browser: title and the permission notice are English', async () => {
    browserLocale('nl');
    await setUserChoice('lang', 'en');
    await openOptionsPage();
    await waitFor(() => expect(document.title).toBe('Zorgvuldig: settings'));
    fireEvent.click(screen.getByLabelText('Check links online'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Checking links online only works when you allow the browser to request the addresses of links.',
      ),
    );
  });
});

describe('the options page shows the newest settings', () => {
  it('a slow first read never overwrites a change that arrived meanwhile', async () => {
    browserLocale('nl');
    // A browser's first managed-storage read can take seconds; the ones after are quick.
    const managed = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    let first = true;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async (keys) => {
      if (first) {
        first = false;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return managed(keys);
    });
    await openOptionsPage();
    await setUserChoice('lang', 'en');
    await waitFor(() => expect(document.title).toBe('Zorgvuldig: settings'));
    // The first read (from before the change) answers now: the page must stay as it is.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(document.title).toBe('Zorgvuldig: settings');
  });
});
