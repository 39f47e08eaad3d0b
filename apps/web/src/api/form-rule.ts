/** One field's rules as the API publishes them in its OpenAPI document (see form-rules.ts). */
export interface FieldRule {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  /** The schema of a nested object or of the items of a list. */
  schema?: string;
}
