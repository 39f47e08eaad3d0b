import { Problem, UnprocessableProblem } from '@3ipet/common';

const fieldError = (rule: string, message: string) => ({ errors: [{ field: 'file', rule, message }] });

export class FileTooLargeProblem extends Problem {
  constructor(maxBytes: number) {
    const message = `file must be at most ${maxBytes} bytes (FILE_MAX_BYTES)`;
    super(413, 'file-too-large', 'Payload too large', message, fieldError('maxBytes', message));
  }
}

export class UnsupportedFileTypeProblem extends Problem {
  constructor(rule: 'acceptedContentType' | 'extensionMatchesContent', message: string) {
    super(415, 'unsupported-file-type', 'Unsupported media type', message, fieldError(rule, message));
  }
}

export class FileQuotaExceededProblem extends UnprocessableProblem {
  constructor(quotaBytes: number, usedBytes: number) {
    const message =
      `the organisation's files may take at most ${quotaBytes} bytes (FILE_QUOTA_BYTES_PER_ORGANIZATION); ` +
      `${usedBytes} are in use`;
    super(message, 'file-quota-exceeded', {
      quotaBytes,
      usedBytes,
      ...fieldError('quotaPerOrganization', message),
    });
  }
}

export class UnreadableImageProblem extends UnprocessableProblem {
  constructor(reason: string) {
    const message = `file is not an image that can be decoded within the limits: ${reason}`;
    super(message, 'unreadable-image', fieldError('decodableImage', message));
  }
}
