import { z } from 'zod';
import { MediaFacts } from '../checker/types';

/** Photos and videos larger than this are not sent for a look (Chrome's messages top out at 64 MiB as JSON). */
export const MAX_ANALYSE_BYTES = 40 * 1024 * 1024;
/** The metadata sits at the start of a file; this much of it is read for GPS, date and names. */
export const METADATA_BYTES = 512 * 1024;

/** What the look on the device adds to an attachment's facts. */
export const MediaAnalysis = MediaFacts.pick({
  analysis: true,
  text: true,
  textLines: true,
  faces: true,
  frames: true,
  thumbnail: true,
  // The metadata read again from the whole file: a HEIC's or WebP's may lie past its start.
  hasLocation: true,
  hasCameraInfo: true,
  takenAt: true,
  owners: true,
}).extend({
  /** How long each part took, for the bench and for support (ms). */
  timings: z.record(z.string(), z.number().nonnegative()).optional(),
});
export type MediaAnalysis = z.infer<typeof MediaAnalysis>;

/** What a file's own metadata says (read with exifr). */
export const MediaMetadata = MediaFacts.pick({
  hasLocation: true,
  hasCameraInfo: true,
  takenAt: true,
  owners: true,
});
export type MediaMetadata = z.infer<typeof MediaMetadata>;

/** One file to look at: its bytes as base64, because Chrome sends messages as JSON. */
export const MediaRequest = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(['image', 'video']),
  mimeType: z.string().max(200),
  data: z.string().max(Math.ceil((MAX_ANALYSE_BYTES * 4) / 3) + 4),
});
export type MediaRequest = z.infer<typeof MediaRequest>;

export const MetadataRequest = z.object({
  mimeType: z.string().max(200),
  data: z.string().max(Math.ceil((METADATA_BYTES * 4) / 3) + 4),
});

/** The background's message to the offscreen document (Chrome), which does the look. */
export const OFFSCREEN_KIND = 'mediaOffscreen';
