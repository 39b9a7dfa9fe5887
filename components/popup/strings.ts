import type { Text } from '../../lib/checker/rule';

/** The popup's words, Dutch first. */
export const popupText = {
  privacy: {
    nl: 'Je tekst blijft op je apparaat: Zorgvuldig controleert alles in je browser.',
    en: 'Your text stays on your device: Zorgvuldig checks everything in your browser.',
  },
  platforms: { nl: 'Meekijken op', en: 'Check on' },
  settings: { nl: 'Instellingen', en: 'Settings' },
  welcome: { nl: 'Welkom', en: 'Welcome' },
  saved: { nl: 'Opgeslagen.', en: 'Saved.' },
} as const satisfies Record<string, Text>;
