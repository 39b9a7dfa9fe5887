/**
 * Every rule id, without loading the rules themselves: the settings pages validate keys
 * with it and stay small. A test keeps it equal to the registry, in the same order.
 */
export const RULE_IDS: readonly string[] = [
  'privacy/bsn',
  'privacy/rrn',
  'privacy/iban',
  'privacy/email',
  'privacy/phone',
  'privacy/postcode',
  'privacy/address',
  'privacy/birthdate',
  'privacy/patient-number',
  'privacy/license-plate',
  'privacy/person',
  'privacy/combination',
  'avg/special-category',
  'avg/care-relationship',
  'media/photo',
  'media/location',
  'media/text',
  'tone/defensive-reply',
  'tone/public-promise',
  'tone/org-phrase',
  'links/insecure',
  'links/shortener',
  'links/tracking',
  'links/internal',
  'links/lookalike',
  'links/document-share',
  'links/broken',
  'spelling/unknown-word',
];
