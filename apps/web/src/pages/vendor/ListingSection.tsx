import type { ReactNode } from 'react';
import type { FormErrors } from '../../api/problem';
import type { ListingForm } from './listing-form';

/** What each part of the listing form gets: the form, a setter for one field, and the errors to show. */
export interface ListingFieldProps {
  form: ListingForm;
  set: <K extends keyof ListingForm>(key: K, value: ListingForm[K]) => void;
  errors: FormErrors;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="form-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
