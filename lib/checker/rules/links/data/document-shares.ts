import { DocumentShare, table } from './schema';

/**
 * Places where a link opens a file or folder that someone shared: who can open it depends on
 * a setting the reader of the post cannot see. Compiled by hand for this project.
 */
export const documentShares = table(
  DocumentShare,
  [
    { host: 'sharepoint.com', service: 'SharePoint / OneDrive' },
    { host: 'onedrive.live.com', service: 'OneDrive' },
    { host: '1drv.ms', service: 'OneDrive' },
    { host: 'teams.microsoft.com', service: 'Microsoft Teams', paths: ['/l/file/', '/l/channel/'] },
    { host: 'drive.google.com', service: 'Google Drive' },
    {
      host: 'docs.google.com',
      service: 'Google Docs',
      paths: ['/document/', '/spreadsheets/', '/presentation/', '/file/', '/drawings/'],
      except: ['/forms/'],
    },
    { host: 'dropbox.com', service: 'Dropbox', paths: ['/s/', '/scl/', '/sh/', '/t/', '/l/', '/transfer/'] },
    { host: 'dl.dropboxusercontent.com', service: 'Dropbox' },
    { host: 'db.tt', service: 'Dropbox' },
    { host: 'wetransfer.com', service: 'WeTransfer', paths: ['/downloads/'] },
    { host: 'we.tl', service: 'WeTransfer' },
    { host: 'box.com', service: 'Box', paths: ['/s/', '/file/', '/folder/', '/v/'] },
    {
      host: 'icloud.com',
      service: 'iCloud',
      paths: [
        '/iclouddrive/',
        '/pages/',
        '/numbers/',
        '/keynote/',
        '/attachment/',
        '/sharedalbum/',
        '/notes/',
      ],
    },
    { host: 'mega.nz', service: 'MEGA', paths: ['/file/', '/folder/'] },
    { host: 'surfdrive.surf.nl', service: 'SURFdrive' },
    { host: 'filesender.surf.nl', service: 'SURF FileSender' },
    { host: 'fromsmash.com', service: 'Smash' },
    { host: 'transfernow.net', service: 'TransferNow', paths: ['/dl/'] },
    { host: 'swisstransfer.com', service: 'SwissTransfer', paths: ['/d/'] },
    { host: 'pcloud.link', service: 'pCloud' },
    { host: 'mediafire.com', service: 'MediaFire', paths: ['/file/', '/folder/'] },
  ],
  (row) => row.host,
);

/** Paths that mark a share on any host: Nextcloud and ownCloud, often run by an organisation itself. */
export const sharePaths = [
  { prefix: '/index.php/s/', service: 'Nextcloud / ownCloud' },
  {
    prefix: '/s/',
    service: 'Nextcloud / ownCloud',
    hostHint: /(?:^|\.)(?:cloud|nextcloud|owncloud|drive|files?)\./,
  },
];
