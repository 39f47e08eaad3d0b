/** English strings of listing images and documents (see en.ts). */
export const enFiles = {
  files: {
    heading: 'Images and documents',
    intro:
      'Add photos of installations and brochures or datasheets (PDF). The first image is the cover shown in search results.',
    saveFirst: 'Save the listing first, then add images and documents.',
    choose: 'Add a file',
    accepted: 'PDF, PNG, JPEG or WebP.',
    documentRole: 'A PDF is added as',
    roles: { image: 'Image', brochure: 'Brochure', datasheet: 'Datasheet', document: 'Document' },
    uploading: 'Uploading {{name}}…',
    uploaded: '{{name}} added.',
    progress: 'Upload of {{name}}',
    images: 'Images',
    documents: 'Documents',
    none: 'No images or documents yet.',
    remove: 'Delete',
    removeLabel: 'Delete {{name}}',
    removed: '{{name}} deleted.',
    moveUp: 'Move up',
    moveUpLabel: 'Move {{name}} up',
    imageOf: 'Image {{number}} of {{title}}',
    open: 'Open the full image',
    download: 'Download {{name}}',
    failed: '{{name}} was not added: {{reason}}',
    errors: {
      acceptedContentType: 'it is not a PDF, PNG, JPEG or WebP file (the content is checked, not the name).',
      extensionMatchesContent:
        'its name does not match its content (for example an image named .pdf); rename it.',
      maxBytes: 'it is larger than the size allowed for one file.',
      quotaPerOrganization: 'your organisation has used all its storage; delete files it no longer needs.',
      decodableImage: 'the image cannot be read; it may be damaged or have too many pixels.',
      safeFileName: 'its name is not allowed; use a plain name without folders or hidden characters.',
      network: 'the server could not be reached; check the connection and try again.',
    },
  },
};
