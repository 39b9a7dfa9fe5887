import { createHash } from 'node:crypto';
import { crx3, publicKeyDer } from './crx3';
import { zipExtension, type Manifest } from './zip';

export type SelfHostPackage = { crx: Buffer; id: string; version: string; sha256: string };

/**
 * The built Chrome extension signed as a CRX3. Chromium takes the ID from the signing key, so the
 * manifest's "key" is set to that key too (it already is for the project's own key).
 * `updateUrl` (where update.xml is hosted) goes into the manifest: Chromium installs from the
 * policy's URL but looks for updates at the manifest's update_url (the Chrome Web Store's when
 * there is none). `version` repackages the same build under another version (for an update test).
 */
export function packCrx(
  dir: string,
  privateKeyPem: string,
  { updateUrl, version }: { updateUrl: string; version?: string },
): SelfHostPackage {
  const key = publicKeyDer(privateKeyPem).toString('base64');
  let finalVersion = '';
  const zip = zipExtension(dir, (manifest: Manifest) => {
    finalVersion = version ?? manifest.version;
    return { ...manifest, version: finalVersion, key, update_url: updateUrl };
  });
  const { crx, id } = crx3(zip, privateKeyPem);
  return { crx, id, version: finalVersion, sha256: createHash('sha256').update(crx).digest('hex') };
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The update manifest Chromium fetches from the policy's update URL: which version is current
 * and where its CRX is. hash_sha256 makes Chromium refuse a CRX that differs from the one listed.
 */
export function updateXml(pkg: Pick<SelfHostPackage, 'id' | 'version' | 'sha256'>, crxUrl: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${pkg.id}'>
    <updatecheck codebase='${escapeAttribute(crxUrl)}' version='${pkg.version}' hash_sha256='${pkg.sha256}' />
  </app>
</gupdate>
`;
}
