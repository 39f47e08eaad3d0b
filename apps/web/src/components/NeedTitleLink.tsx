import { Link } from 'react-router';
import { useUiLanguage } from '../taxonomy/labels';
import { needTitle } from '../taxonomy/need-text';

/** A link to a need under its title in the reader's language, when the agency gave that translation. */
export function NeedTitleLink({
  need,
  to,
}: {
  need: { title: string; translations?: { language: string; title?: string }[] };
  to: string;
}) {
  const title = needTitle(need, useUiLanguage());
  return (
    <Link to={to} lang={title.lang}>
      {title.title}
    </Link>
  );
}
