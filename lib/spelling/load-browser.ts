import { browser } from 'wxt/browser';
import type { DutchSpellEngine } from './engine';
import { engineFromBytes } from './engine';

/** The engine from the extension's own copy of public/dict/nl.bin. */
export async function loadSpellEngine(): Promise<DutchSpellEngine> {
  // A build output: WXT's PublicPath type only lists it once public/dict exists, so widen here.
  const getURL = browser.runtime.getURL as (path: string) => string;
  const response = await fetch(getURL('/dict/nl.bin'));
  if (!response.ok) throw new Error(`dictionary not found: ${response.status}`);
  return engineFromBytes(new Uint8Array(await response.arrayBuffer()));
}
