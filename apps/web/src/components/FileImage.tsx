import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { files } from '../api/endpoints';

/**
 * An image served by the API. A public one (a published listing's) is a plain `<img>`; any other is fetched with
 * the session's token and shown from a blob URL, since an `<img>` request carries no token.
 */
export function FileImage({ src, alt, isPublic }: { src: string; alt: string; isPublic: boolean }) {
  if (isPublic) return <img src={src} alt={alt} loading="lazy" />;
  return <SignedInImage src={src} alt={alt} />;
}

function SignedInImage({ src, alt }: { src: string; alt: string }) {
  const image = useQuery({
    queryKey: ['file-blob', src],
    queryFn: () => files.blob(src),
    staleTime: Infinity,
  });
  const objectUrl = useMemo(() => (image.data ? URL.createObjectURL(image.data) : undefined), [image.data]);
  useEffect(() => () => (objectUrl ? URL.revokeObjectURL(objectUrl) : undefined), [objectUrl]);
  return objectUrl ? (
    <img src={objectUrl} alt={alt} />
  ) : (
    <span className="file-image-placeholder" aria-hidden />
  );
}

/** `1.2 MB`, `830 kB`: sizes in the units people read (decimal, like file managers). */
export function formatFileSize(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(language, { maximumFractionDigits: digits })} ${units[unit]}`;
}
