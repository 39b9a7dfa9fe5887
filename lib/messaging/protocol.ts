import { z } from 'zod';
import { Category, Draft, Platform, Report } from '../checker/types';
import { LinkStatusRequest, LinkStatusResponse } from '../links/messages';
import { FrameHealth, TabHealth } from './health';
import { MediaAnalysis, MediaMetadata, MediaRequest, MetadataRequest } from './media';

/**
 * Every message between content scripts, pages and the background: name -> request and
 * response schemas. The receiver parses the request, the client parses the response.
 * Add a message: one entry here and one handler in the background (entrypoints/background.ts, lib/messaging/handlers/).
 */
export const protocol = {
  /** Check a draft. `seq` grows per composer, so a late answer for an older draft is dropped. */
  check: {
    request: z.object({ composerId: z.string().max(100), seq: z.number().int().nonnegative(), draft: Draft }),
    response: z.object({ composerId: z.string(), seq: z.number().int(), report: Report }),
  },
  /**
   * What a content script needs from the settings (the settings code stays in the background,
   * so content scripts stay small): is this platform on, and what the sidebar shows.
   */
  sidebarSettings: {
    request: z.object({ platform: Platform }),
    response: z.object({
      enabled: z.boolean(),
      lang: z.enum(['nl', 'en']),
      locks: z.record(z.string(), z.string()),
      notices: z.array(z.string()),
      canAddWords: z.boolean(),
      checklist: z.array(z.string()),
      linkCheck: z.boolean(),
      /** Underlines in the text per category (absent in answers from older versions: all on). */
      underlines: z.partialRecord(Category, z.boolean()).optional(),
    }),
  },
  /** Add a word to the user's own dictionary (the sidebar's "add word"); a notice says why not. */
  addWord: {
    request: z.object({ word: z.string().max(60) }),
    response: z.object({ ok: z.boolean(), notice: z.string().optional() }),
  },
  /** "Altijd negeren": switch a rule off in the user's settings; a notice says why not (locked). */
  muteRule: {
    request: z.object({ ruleId: z.string().max(60) }),
    response: z.object({ ok: z.boolean(), notice: z.string().optional() }),
  },
  /** Opt-in live link check: only the addresses go out, never the draft (lib/links). */
  linkStatus: { request: LinkStatusRequest, response: LinkStatusResponse },
  /** A frame's checker says it is watching, how many boxes it checks, and a box it could not read. */
  health: { request: FrameHealth, response: z.object({}) },
  /** A page the user checks by hand: is it an organisation host (policy) the user granted? Then every box is checked. */
  siteMode: { request: z.object({}), response: z.object({ auto: z.boolean() }) },
  /** The popup asks how the checker is doing in a tab (all its frames together). */
  healthOf: {
    request: z.object({ tabId: z.number().int().nonnegative() }),
    response: TabHealth,
  },
  /** A photo's metadata (GPS, date, names), read in the background from the start of the file. */
  mediaMetadata: { request: MetadataRequest, response: MediaMetadata },
  /** Faces and text in a photo or video, looked at on the device (lib/media); once per file. */
  mediaAnalyse: { request: MediaRequest, response: MediaAnalysis },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Protocol[N]['response']>;

/** The envelope on the wire: a tagged union by `kind`. */
export const Envelope = z.object({ kind: z.string(), data: z.unknown() });

/** What a handler answers when something went wrong; the client turns it into an Error. */
export const ErrorReply = z.object({ error: z.string() });
