/** Ordinary links that no link rule may flag: the platforms, news, government, care and the organisation's own site. */
export const ORDINARY_LINKS = [
  'https://www.facebook.com/zorggroepvoorbeeld',
  'facebook.com/events/123456789',
  'https://www.linkedin.com/in/jan-de-vries-1234ab/',
  'https://www.linkedin.com/company/voorbeeldzorg/posts/',
  'https://www.instagram.com/p/C1a2B3c4D5e/',
  'instagram.com/voorbeeldzorg',
  'https://www.tiktok.com/@voorbeeldzorg/video/7301234567890123456',
  'https://nos.nl/artikel/2500000-zorgmedewerkers-krijgen-meer-loon',
  'www.nu.nl/gezondheid',
  'https://www.vrt.be/vrtnws/nl/2024/03/01/ziekenhuis/',
  'https://www.rijksoverheid.nl/onderwerpen/zorgverzekering',
  'https://www.belgium.be/nl/gezondheid',
  'https://www.ggdghor.nl/thema/vaccinaties/',
  'https://www.thuisarts.nl/griep',
  'https://www.rivm.nl/griep',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://www.zorgkaartnederland.nl/zorginstelling/ziekenhuis',
  'https://www.umcutrecht.nl/nl/over-ons',
  'https://www.ziekenhuisvoorbeeld.nl/afdelingen/cardiologie',
  'werkenbij.ziekenhuisvoorbeeld.nl/vacatures?utm_source=linkedin',
];

/** The organisation of ORDINARY_LINKS, as the settings name it. */
export const ORG_SETTINGS = { orgDomains: ['ziekenhuisvoorbeeld.nl'], orgName: 'Ziekenhuis Voorbeeld' };
