import { z } from 'zod';

/** The platforms a composer can live on; 'other' for the CLI and unknown pages. */
export const Platform = z.enum(['facebook', 'instagram', 'linkedin', 'tiktok', 'other']);
export type Platform = z.infer<typeof Platform>;

/** What kind of box the text is typed into: replies and comments are public answers. */
export const Surface = z.enum(['post', 'comment', 'reply', 'message', 'caption', 'other']);
export type Surface = z.infer<typeof Surface>;

/** Surfaces where the text answers someone in public (or in a message that can be forwarded). */
export const ANSWER_SURFACES: ReadonlySet<Surface> = new Set(['reply', 'comment', 'message']);

export const Category = z.enum(['privacy', 'avg', 'spelling', 'link', 'media', 'tone']);
export type Category = z.infer<typeof Category>;

/** stop: must not be posted as is; check: look at it; tip: polish. */
export const Severity = z.enum(['stop', 'check', 'tip']);
export type Severity = z.infer<typeof Severity>;

/** One line of text read in a picture; x, y, w, h are fractions of the picture's width and height. */
export const TextLine = z.object({
  text: z.string().max(500),
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  w: z.number().min(0).max(1),
  h: z.number().min(0).max(1),
});
export type TextLine = z.infer<typeof TextLine>;

/** A preview image made on the device: a small JPEG as a data URL. */
export const Thumbnail = z
  .string()
  .max(60_000)
  .regex(/^data:image\/(?:jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/);

/** What the content script learned about one attachment; never the file's bytes. */
export const MediaFacts = z.object({
  kind: z.enum(['image', 'video', 'other']),
  /** Where it was seen: a file input, a drop, a paste, or an <img>/<video> preview. */
  source: z.enum(['file-input', 'drop', 'paste', 'preview']).default('preview'),
  name: z.string().max(500).optional(),
  mimeType: z.string().max(200).optional(),
  bytes: z.number().int().nonnegative().optional(),
  /** Metadata read locally from the file, when it could be. */
  hasLocation: z.boolean().optional(),
  hasCameraInfo: z.boolean().optional(),
  takenAt: z.string().max(40).optional(),
  /** Text recognised in the picture, when that could be done locally. */
  text: z.string().max(5000).optional(),
  /** The file's SHA-256 (hex): a photo is analysed once, however often it is attached. */
  id: z.string().max(64).optional(),
  /**
   * The look at the pixels on the device (faces, text): still running, done, or not possible
   * (a format the browser cannot draw, too large, too slow). Absent: nobody asked.
   */
  analysis: z.enum(['pending', 'done', 'unsupported', 'too-large', 'failed']).optional(),
  /** Lines of text read in the picture, each with its box as fractions of the picture (0..1). */
  textLines: z.array(TextLine).max(300).optional(),
  /** Faces found: a lower bound (a detector misses some, never reports "none" as certain). */
  faces: z.number().int().nonnegative().optional(),
  /** Names of people in the metadata: camera owner, artist, author, copyright holder. */
  owners: z.array(z.string().max(200)).max(10).optional(),
  /** Video: how many frames were looked at. */
  frames: z.number().int().nonnegative().optional(),
  /** A small preview (data:image/jpeg) for the card, made on the device. */
  thumbnail: Thumbnail.optional(),
});
export type MediaFacts = z.infer<typeof MediaFacts>;

export const Draft = z.object({
  text: z.string(),
  platform: Platform.default('other'),
  surface: Surface.default('other'),
  media: z.array(MediaFacts).default([]),
});
export type Draft = z.infer<typeof Draft>;
/** A Draft as callers may write it: platform, surface and media are optional. */
export type DraftInput = z.input<typeof Draft>;

/**
 * Answers the user can give to a finding that rests on a guess: "is een collega", "toestemming
 * gegeven". Each one quiets the finding for this draft.
 */
export const QuickAnswer = z.enum(['colleague', 'consent']);
export type QuickAnswer = z.infer<typeof QuickAnswer>;

export const Finding = z.object({
  ruleId: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/),
  category: Category,
  severity: Severity,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  message: z.string().min(1),
  explanation: z.string().optional(),
  suggestions: z.array(z.string()),
  /** Quick answers that quiet the finding for this draft; absent when the finding is certain. */
  quickAnswers: z.array(QuickAnswer).optional(),
  /**
   * The first suggestion is a mechanical fix that changes nothing a reader means (tracking codes
   * left out, http to https on a site known to have it): "Alles verbeteren" may apply it unasked.
   */
  mechanical: z.boolean().optional(),
  /** Media findings: a preview of the photo they are about, so the card shows which one. */
  thumbnail: Thumbnail.optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Report = z.object({
  findings: z.array(Finding),
  stats: z.object({
    ms: z.number().nonnegative(),
    words: z.number().int().nonnegative(),
    /**
     * Rules that threw instead of answering: the report is incomplete for them. Absent when
     * every rule ran (added later: readers of older reports see no change).
     */
    failedRules: z.array(z.string()).optional(),
  }),
});
export type Report = z.infer<typeof Report>;
