import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { files, listingFiles } from '../../api/endpoints';
import { isApiError } from '../../api/problem';
import type { ListingFileRole, ListingFileView, ListingFilesView } from '../../api/types';
import { FileImage, formatFileSize } from '../../components/FileImage';
import { useUiLanguage } from '../../taxonomy/labels';
import { Section } from './ListingSection';

type DocumentRole = Exclude<ListingFileRole, 'image'>;
const DOCUMENT_ROLES: DocumentRole[] = ['brochure', 'datasheet', 'document'];
const KNOWN_RULES = [
  'acceptedContentType',
  'extensionMatchesContent',
  'maxBytes',
  'quotaPerOrganization',
  'decodableImage',
  'safeFileName',
];

interface Props {
  listingId: string;
  listingTitle: string;
  editable: boolean;
  isPublic: boolean;
}

/** The editor's upload area: files go up one by one with a progress bar, then are attached to the listing. */
export function ListingFilesSection({ listingId, listingTitle, editable, isPublic }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const inputId = useId();
  const queryKey = ['listing-files', listingId];
  const attached = useQuery({ queryKey, queryFn: () => listingFiles.list(listingId) });
  const [role, setRole] = useState<DocumentRole>('brochure');
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const show = (view: ListingFilesView) => queryClient.setQueryData(queryKey, view);

  const reasonOf = (error: unknown): string => {
    if (!isApiError(error)) return t('files.errors.network');
    const rule = error.problem.errors?.find((e) => KNOWN_RULES.includes(e.rule))?.rule;
    return rule ? t(`files.errors.${rule}`) : (error.problem.detail ?? error.problem.title);
  };

  const add = async (chosen: File[]) => {
    setMessage(null);
    for (const file of chosen) {
      setProgress({ name: file.name, fraction: 0 });
      try {
        const uploaded = await files.upload(file, (fraction) => setProgress({ name: file.name, fraction }));
        try {
          show(await listingFiles.attach(listingId, uploaded.id, uploaded.kind === 'image' ? 'image' : role));
        } catch (error) {
          await files.remove(uploaded.id).catch(() => undefined);
          throw error;
        }
        setMessage({ kind: 'success', text: t('files.uploaded', { name: file.name }) });
      } catch (error) {
        setMessage({ kind: 'error', text: t('files.failed', { name: file.name, reason: reasonOf(error) }) });
        break;
      } finally {
        setProgress(null);
      }
    }
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    void add(chosen);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    if (editable && !progress) void add([...event.dataTransfer.files]);
  };

  const items = attached.data?.items ?? [];
  const images = items.filter((item) => item.role === 'image');
  const documents = items.filter((item) => item.role !== 'image');

  const moveUp = async (item: ListingFileView) => {
    const order = items.map((i) => i.file.id);
    const group = item.role === 'image' ? images : documents;
    const index = group.indexOf(item);
    if (index <= 0) return;
    const a = order.indexOf(group[index - 1].file.id);
    const b = order.indexOf(item.file.id);
    [order[a], order[b]] = [order[b], order[a]];
    show(await listingFiles.reorder(listingId, order));
  };
  const remove = async (item: ListingFileView) => {
    setMessage(null);
    try {
      await files.remove(item.file.id);
      setMessage({ kind: 'success', text: t('files.removed', { name: item.file.name }) });
    } catch (error) {
      setMessage({ kind: 'error', text: reasonOf(error) });
    }
    await queryClient.invalidateQueries({ queryKey });
  };

  const actions = (item: ListingFileView, first: boolean) =>
    editable ? (
      <span className="file-actions">
        {first ? null : (
          <button
            type="button"
            className="button button--small button--secondary"
            aria-label={t('files.moveUpLabel', { name: item.file.name })}
            onClick={() => void moveUp(item)}
          >
            {t('files.moveUp')}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--secondary"
          aria-label={t('files.removeLabel', { name: item.file.name })}
          onClick={() => void remove(item)}
        >
          {t('files.remove')}
        </button>
      </span>
    ) : null;

  return (
    <Section title={t('files.heading')}>
      <p className="hint">{t('files.intro')}</p>
      {editable ? (
        <div className="upload-area" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
          <label htmlFor={inputId} className="button button--secondary">
            {t('files.choose')}
          </label>
          <input
            id={inputId}
            type="file"
            className="visually-hidden"
            multiple
            accept=".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp"
            disabled={progress !== null}
            onChange={onChoose}
          />
          <span className="hint">{t('files.accepted')}</span>
          <label className="inline-field">
            {t('files.documentRole')}{' '}
            <select value={role} onChange={(event) => setRole(event.target.value as DocumentRole)}>
              {DOCUMENT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`files.roles.${r}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {progress ? (
        <p role="status" className="upload-progress">
          {t('files.uploading', { name: progress.name })}{' '}
          <progress
            max={1}
            value={progress.fraction}
            aria-label={t('files.progress', { name: progress.name })}
          />
        </p>
      ) : null}
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`alert ${message.kind === 'error' ? 'alert--error' : 'alert--success'}`}
        >
          {message.text}
        </p>
      ) : null}
      {items.length === 0 && attached.isSuccess ? <p className="empty">{t('files.none')}</p> : null}
      {images.length > 0 ? (
        <>
          <h3>{t('files.images')}</h3>
          <ul className="file-gallery">
            {images.map((item, index) => (
              <li key={item.file.id}>
                <FileImage
                  src={item.file.thumbnailUrl ?? item.file.url}
                  alt={t('files.imageOf', { number: index + 1, title: listingTitle })}
                  isPublic={isPublic}
                />
                <span className="file-name">{item.file.name}</span>
                {actions(item, index === 0)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {documents.length > 0 ? (
        <>
          <h3>{t('files.documents')}</h3>
          <ul className="file-list">
            {documents.map((item, index) => (
              <li key={item.file.id}>
                <span className="file-name">{item.file.name}</span>{' '}
                <span className="hint">
                  {t(`files.roles.${item.role}`)} · {formatFileSize(item.file.sizeBytes, language)}
                </span>
                {actions(item, index === 0)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
