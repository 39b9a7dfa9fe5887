import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { documentShare } from './document-share';
import { ORDINARY_LINKS, ORG_SETTINGS } from './ordinary';

describe('links/document-share', () => {
  describe('must flag, saying to check who can open it', () => {
    it.each([
      ['https://zorggroep.sharepoint.com/:x:/s/team/EaBcD123?e=xYz', 'SharePoint'],
      ['https://zorggroep-my.sharepoint.com/personal/jan/Documents/rooster.xlsx', 'SharePoint'],
      ['https://1drv.ms/w/s!AbCdEf', 'OneDrive'],
      ['https://onedrive.live.com/?cid=123&id=456', 'OneDrive'],
      ['https://drive.google.com/file/d/1AbC/view?usp=sharing', 'Google Drive'],
      ['https://docs.google.com/document/d/1AbC/edit', 'Google Docs'],
      ['https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0', 'Google Docs'],
      ['https://www.dropbox.com/scl/fi/abc/verslag.pdf?rlkey=x&dl=0', 'Dropbox'],
      ['https://www.dropbox.com/s/abc123/foto.jpg', 'Dropbox'],
      ['https://wetransfer.com/downloads/abc123/def456', 'WeTransfer'],
      ['https://we.tl/t-AbCdEf', 'WeTransfer'],
      ['https://app.box.com/s/abc123', 'Box'],
      ['https://www.icloud.com/iclouddrive/0abC#verslag', 'iCloud'],
      ['https://mega.nz/file/AbC#key', 'MEGA'],
      ['https://surfdrive.surf.nl/files/index.php/s/AbC123', 'SURFdrive'],
      ['https://cloud.zorgvoorbeeld.nl/index.php/s/AbCdEf123', 'Nextcloud'],
    ])('%s', (text, service) => {
      const found = findingsOf(text, documentShare);
      expect(compact(found)).toEqual([`0-${text.length} links/document-share`]);
      expect(found[0].message).toContain(service);
      expect(found[0].message).toMatch(/controleer wie deze link kan openen/);
      expect(found[0].message).not.toMatch(/openbaar|public/i);
    });
    it('speaks English when asked', () => {
      expect(findingsOf('https://1drv.ms/w/s!AbC', documentShare, { lang: 'en' })[0].message).toMatch(
        /check who can open this/,
      );
    });
  });
  describe('must not flag', () => {
    it.each([
      ...ORDINARY_LINKS,
      'https://docs.google.com/forms/d/e/1FAIpQL/viewform',
      'https://www.dropbox.com',
      'https://www.dropbox.com/features',
      'https://wetransfer.com/',
      'https://www.box.com/pricing',
      'https://www.icloud.com/',
      'https://www.ziekenhuisvoorbeeld.nl/index.php/s/folder',
    ])('%s', (text) => expect(findingsOf(text, documentShare, ORG_SETTINGS)).toEqual([]));
  });
});
