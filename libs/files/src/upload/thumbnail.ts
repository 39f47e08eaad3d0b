import type { Readable } from 'node:stream';
import sharp from 'sharp';
import { THUMBNAIL_MAX_EDGE } from '../files/accepted-types';
import { UnreadableImageProblem } from './upload-problems';

/** Larger images are refused: decoding one costs width × height × 4 bytes whatever its file size (pixel bombs). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * A WebP of the image, at most THUMBNAIL_MAX_EDGE pixels on its longer side (EXIF orientation applied, metadata
 * dropped). Made from the stored original, streamed; an image that cannot be decoded within the limits is refused.
 */
export async function makeThumbnail(image: Readable): Promise<Buffer> {
  const pipeline = sharp({ limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
    .rotate()
    .resize(THUMBNAIL_MAX_EDGE, THUMBNAIL_MAX_EDGE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75 });
  // A failing read of the stored original is the store's fault (5xx), not the image's.
  let readError: Error | undefined;
  image.once('error', (error) => {
    readError = error;
    pipeline.destroy(error);
  });
  try {
    return await image.pipe(pipeline).toBuffer();
  } catch (error) {
    throw readError ?? new UnreadableImageProblem((error as Error).message);
  }
}
