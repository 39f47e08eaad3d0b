import { queryOptions } from '@tanstack/react-query';
import { technologies } from '../../api/endpoints';

/** One technology listing, as its page reads it (and as the router asks for it ahead of the page's code). */
export const technologyQuery = (id: string) =>
  queryOptions({ queryKey: ['technology', id], queryFn: () => technologies.get(id) });
