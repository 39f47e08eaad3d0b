import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { library, resourceText } from '../../api/library-endpoints';
import { Chips, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { usePageDescription } from '../../components/page-meta';
import { formatDate } from '../../i18n/format';
import { useSignedInUser } from '../../session/session';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

/** `/library/:slugOrId`: a resource's text (sanitised HTML from the API), attachments and links. */
export function ResourcePage() {
  const { slugOrId = '' } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const user = useSignedInUser();
  const resource = useQuery({
    queryKey: ['library-resource', slugOrId],
    queryFn: () => library.get(slugOrId),
  });
  const text = resource.data ? resourceText(resource.data, language) : undefined;
  usePageTitle(text?.title);
  usePageDescription(
    resource.data
      ? textOfHtml(translationOf(resource.data, language)?.bodyHtml ?? resource.data.bodyHtml)
      : undefined,
    text?.title,
  );
  if (resource.isPending) return <Loading />;
  if (resource.isError) return <ErrorMessage error={resource.error} />;
  const r = resource.data;
  const translation = translationOf(r, language);
  const bodyHtml = translation?.bodyHtml ?? r.bodyHtml;
  const tags = [
    ...r.pollutants.map(labels.pollutant),
    ...r.sectors.map(labels.sector),
    ...r.categories.map((id) => (id.includes('.') ? labels.category(id) : labels.categoryGroup(id))),
    ...r.countries.map(labels.country),
  ];
  return (
    <article className="library-resource">
      <p>
        <Link to="/library">{t('library.backToLibrary')}</Link>
      </p>
      <PageHeader
        title={text?.title ?? r.title}
        lead={`${t(`library.kinds.${r.kind}`)} · ${formatDate(r.date, language, 'UTC')}${
          r.authors.length > 0 ? ` · ${t('library.by', { authors: r.authors.join(', ') })}` : ''
        }`}
        actions={
          <>
            {r.status !== 'published' ? (
              <span className="badge">{t(`library.statuses.${r.status}`)}</span>
            ) : null}
            {user?.role === 'admin' ? (
              <Link className="button button--secondary" to={`/admin/library/${r.id}`}>
                {t('library.desk.edit')}
              </Link>
            ) : null}
          </>
        }
      />
      {text?.translated ? (
        <p className="note">
          {t('library.translatedNote')} <em lang="en">{r.title}</em>
        </p>
      ) : null}
      {language !== 'en' && !translation?.bodyHtml ? (
        <p className="note">{t('library.notTranslated')}</p>
      ) : null}
      <div className="technology-layout">
        {/* The API renders Markdown to HTML that holds only escaped text and a fixed set of safe tags. */}
        <div
          className="prose technology-main"
          lang={translation?.bodyHtml ? language : 'en'}
          dangerouslySetInnerHTML={{ __html: bodyHtml }}
        />
        <aside className="technology-facts card" aria-label={t('library.attachments')}>
          <Section title={t('library.attachments')}>
            {r.files.length + r.links.length === 0 ? (
              <p className="empty">{t('library.noAttachments')}</p>
            ) : null}
            <ul>
              {r.files.map((file) => (
                <li key={file.id}>
                  <a href={file.url} download={file.name}>
                    {file.name}
                  </a>
                </li>
              ))}
              {r.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="noopener noreferrer nofollow" target="_blank">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </Section>
          {r.technologies.length > 0 ? (
            <Section title={t('library.technologies')}>
              <ul>
                {r.technologies.map((item) => (
                  <li key={item.id}>
                    <Link to={`/technologies/${item.id}`}>{item.title}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {r.events.length > 0 ? (
            <Section title={t('library.events')}>
              <ul>
                {r.events.map((item) => (
                  <li key={item.id}>
                    <Link to={`/events#event-${item.id}`}>{item.title}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {tags.length > 0 ? (
            <Section title={t('library.tags')}>
              <Chips items={tags} />
            </Section>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

type Resource = Awaited<ReturnType<typeof library.get>>;

function translationOf(resource: Resource, language: string) {
  return language === 'en' ? undefined : resource.translations.find((tr) => tr.language === language);
}

/** The words of the rendered body, for the page's description (the server's head cuts the same text). */
function textOfHtml(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}
