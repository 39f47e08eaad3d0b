export type FileKind = 'image' | 'document';

export interface AcceptedType {
  kind: FileKind;
  /** Extensions a file name may carry for this content (lower case, without the dot). */
  extensions: readonly string[];
}

/**
 * The contents an upload may have, by the MIME type detected from its first bytes. Zip-based office formats
 * (DOCX, XLSX) are refused outright: their content is a zip whose expansion cannot be bounded by the upload
 * size (zip bombs), and PDF covers brochures and datasheets.
 */
export const ACCEPTED_TYPES: Readonly<Record<string, AcceptedType>> = {
  'application/pdf': { kind: 'document', extensions: ['pdf'] },
  'image/png': { kind: 'image', extensions: ['png'] },
  'image/jpeg': { kind: 'image', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  'image/webp': { kind: 'image', extensions: ['webp'] },
};

export const ACCEPTED_MIME_TYPES = Object.keys(ACCEPTED_TYPES);

/** Thumbnails are WebP, at most this many pixels on their longer side. */
export const THUMBNAIL_CONTENT_TYPE = 'image/webp';
export const THUMBNAIL_MAX_EDGE = 320;
