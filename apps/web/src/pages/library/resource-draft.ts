import type { ResourceInput, ResourceKind, ResourceView } from '../../api/library-endpoints';

/** The editor's form state: lists as one entry a line, the Chinese translation beside the English. */
export interface Draft {
  kind: ResourceKind;
  title: string;
  body: string;
  zhTitle: string;
  zhBody: string;
  date: string;
  authors: string;
  pollutants: string[];
  sectors: string[];
  countries: string[];
  categories: string[];
  links: string;
  fileIds: string;
  technologyIds: string;
  needIds: string;
  eventIds: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export const EMPTY: Draft = {
  kind: 'case-study',
  title: '',
  body: '',
  zhTitle: '',
  zhBody: '',
  date: new Date().toISOString().slice(0, 10),
  authors: '',
  pollutants: [],
  sectors: [],
  countries: [],
  categories: [],
  links: '',
  fileIds: '',
  technologyIds: '',
  needIds: '',
  eventIds: '',
};

export function draftOf(resource: ResourceView): Draft {
  const zh = resource.translations.find((t) => t.language === 'zh');
  return {
    kind: resource.kind,
    title: resource.title,
    body: resource.body,
    zhTitle: zh?.title ?? '',
    zhBody: zh?.body ?? '',
    date: resource.date,
    authors: resource.authors.join('\n'),
    pollutants: resource.pollutants,
    sectors: resource.sectors,
    countries: resource.countries,
    categories: resource.categories,
    links: resource.links.map((link) => `${link.url} ${link.label}`).join('\n'),
    fileIds: resource.files.map((file) => file.id).join('\n'),
    technologyIds: resource.technologyIds.join('\n'),
    needIds: resource.needIds.join('\n'),
    eventIds: resource.eventIds.join('\n'),
  };
}

type TranslationInput = NonNullable<ResourceInput['translations']>[number];

export function inputOf(draft: Draft, previous: ResourceView | undefined): ResourceInput {
  const others: TranslationInput[] = (previous?.translations ?? [])
    .filter((t) => t.language !== 'zh')
    .map(({ language, title, body }) => ({
      language: language as TranslationInput['language'],
      title,
      body,
    }));
  const zh: TranslationInput[] =
    draft.zhTitle.trim() || draft.zhBody.trim()
      ? [
          {
            language: 'zh' as const,
            ...(draft.zhTitle.trim() ? { title: draft.zhTitle } : {}),
            ...(draft.zhBody.trim() ? { body: draft.zhBody } : {}),
          },
        ]
      : [];
  return {
    kind: draft.kind,
    title: draft.title,
    body: draft.body,
    translations: [...zh, ...others],
    date: draft.date,
    authors: lines(draft.authors),
    pollutants: draft.pollutants,
    sectors: draft.sectors,
    countries: draft.countries,
    categories: draft.categories,
    links: lines(draft.links).map((line) => {
      const [url, ...label] = line.split(/\s+/);
      return { url, label: label.join(' ') || url };
    }),
    fileIds: lines(draft.fileIds),
    technologyIds: lines(draft.technologyIds),
    needIds: lines(draft.needIds),
    eventIds: lines(draft.eventIds),
  };
}
