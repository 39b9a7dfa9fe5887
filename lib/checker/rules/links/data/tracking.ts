import { TrackingParam, table } from './schema';

const LINKEDIN = ['linkedin.com'];
const FACEBOOK = ['facebook.com', 'fb.com', 'fb.watch'];
const X = ['x.com', 'twitter.com'];
const TIKTOK = ['tiktok.com'];
const YOUTUBE = ['youtube.com', 'youtu.be'];

/**
 * Query parameters that only tell a site (or an ad network) where a click came from, and
 * sometimes who shared the link. Compiled by hand for this project from the parameters the
 * services document or that show up in their share links.
 */
export const trackingParams = table(
  TrackingParam,
  [
    { name: 'utm_', prefix: true, by: 'Google Analytics (UTM)' },
    { name: 'mtm_', prefix: true, by: 'Matomo' },
    { name: 'pk_', prefix: true, by: 'Matomo (Piwik)' },
    { name: 'fbclid', by: 'Facebook' },
    { name: 'gclid', by: 'Google Ads' },
    { name: 'gclsrc', by: 'Google Ads' },
    { name: 'dclid', by: 'Google Display' },
    { name: 'gbraid', by: 'Google Ads' },
    { name: 'wbraid', by: 'Google Ads' },
    { name: '_ga', by: 'Google Analytics' },
    { name: '_gl', by: 'Google Analytics' },
    { name: 'msclkid', by: 'Microsoft Advertising' },
    { name: 'mc_eid', by: 'Mailchimp' },
    { name: 'mc_cid', by: 'Mailchimp' },
    { name: '_hsenc', by: 'HubSpot' },
    { name: '_hsmi', by: 'HubSpot' },
    { name: '__hstc', by: 'HubSpot' },
    { name: '__hssc', by: 'HubSpot' },
    { name: '__hsfp', by: 'HubSpot' },
    { name: 'hsctatracking', by: 'HubSpot' },
    { name: 'mkt_tok', by: 'Marketo' },
    { name: 'yclid', by: 'Yandex' },
    { name: 'ysclid', by: 'Yandex' },
    { name: 'twclid', by: 'X (Twitter) Ads' },
    { name: 'ttclid', by: 'TikTok Ads' },
    { name: 'li_fat_id', by: 'LinkedIn Ads' },
    { name: 'igshid', by: 'Instagram' },
    { name: 'igsh', by: 'Instagram' },
    { name: 'epik', by: 'Pinterest' },
    { name: 'ml_subscriber', by: 'MailerLite' },
    { name: 'ml_subscriber_hash', by: 'MailerLite' },
    { name: 'oly_enc_id', by: 'Omeda' },
    { name: 'oly_anon_id', by: 'Omeda' },
    { name: 'vero_id', by: 'Vero' },
    { name: '_openstat', by: 'Openstat' },
    { name: 'wickedid', by: 'Wicked Reports' },
    { name: 'rb_clickid', by: 'Rebuy' },
    { name: 's_kwcid', by: 'Adobe Analytics' },
    { name: 'ef_id', by: 'Adobe Advertising' },
    { name: 'wt_mc', by: 'Webtrends' },
    { name: 'wt.mc_id', by: 'Webtrends' },
    { name: 'ocid', by: 'Microsoft (MSN)' },
    { name: 'cvid', by: 'Microsoft (Bing)' },
    { name: 'ref_src', hosts: X, by: 'X (Twitter)' },
    { name: 'ref_url', hosts: X, by: 'X (Twitter)' },
    { name: 's', hosts: X, by: 'X (Twitter)' },
    { name: 't', hosts: X, by: 'X (Twitter)' },
    { name: 'mibextid', hosts: FACEBOOK, by: 'Facebook' },
    { name: 'sfnsn', hosts: FACEBOOK, by: 'Facebook' },
    { name: 'rdid', hosts: FACEBOOK, by: 'Facebook' },
    { name: 'trk', hosts: LINKEDIN, by: 'LinkedIn' },
    { name: 'trackingid', hosts: LINKEDIN, by: 'LinkedIn' },
    { name: 'rcm', hosts: LINKEDIN, by: 'LinkedIn' },
    { name: 'lipi', hosts: LINKEDIN, by: 'LinkedIn' },
    { name: 'midtoken', hosts: LINKEDIN, by: 'LinkedIn' },
    { name: 'midsig', hosts: LINKEDIN, by: 'LinkedIn' },
    { name: 'is_from_webapp', hosts: TIKTOK, by: 'TikTok' },
    { name: 'sender_device', hosts: TIKTOK, by: 'TikTok' },
    { name: '_r', hosts: TIKTOK, by: 'TikTok' },
    { name: '_t', hosts: TIKTOK, by: 'TikTok' },
    { name: 'si', hosts: [...YOUTUBE, 'open.spotify.com'], by: 'YouTube / Spotify' },
    { name: 'feature', hosts: YOUTUBE, by: 'YouTube' },
  ],
  (row) => `${row.name}@${row.hosts?.join(',') ?? '*'}`,
);
