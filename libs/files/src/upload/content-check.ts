import { ACCEPTED_MIME_TYPES, ACCEPTED_TYPES, type AcceptedType } from '../files/accepted-types';
import { extensionOf } from './file-name';
import { UnsupportedFileTypeProblem } from './upload-problems';

export interface DetectedContent extends AcceptedType {
  contentType: string;
}

const ACCEPTED_LIST = 'PDF, PNG, JPEG or WebP';

/**
 * Judges an upload by its first bytes (magic numbers), never by its name or declared type: the content must be an
 * accepted type, and a name with an extension must name that type (a PNG called `report.pdf` is refused).
 */
export async function detectContent(head: Buffer, fileName: string): Promise<DetectedContent> {
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(head);
  const accepted = detected && ACCEPTED_TYPES[detected.mime];
  if (!detected || !accepted) {
    throw new UnsupportedFileTypeProblem(
      'acceptedContentType',
      `file content is ${detected ? `${detected.mime}` : 'not a recognised format'}; accepted: ${ACCEPTED_LIST} ` +
        `(${ACCEPTED_MIME_TYPES.join(', ')}), judged by the content, not the name`,
    );
  }
  const extension = extensionOf(fileName);
  if (extension !== null && !accepted.extensions.includes(extension)) {
    throw new UnsupportedFileTypeProblem(
      'extensionMatchesContent',
      `file is named .${extension} but its content is ${detected.mime}; use .${accepted.extensions[0]}`,
    );
  }
  return { contentType: detected.mime, ...accepted };
}
