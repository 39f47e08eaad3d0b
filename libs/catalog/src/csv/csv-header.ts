import { FieldError, ValidationProblem } from '@3ipet/common';
import { REQUIRED_COLUMNS, isKnownColumn } from './technology-csv-columns';

/** A file whose header is wrong is refused as a whole: no row of it can be read reliably. */
export function assertValidHeader(header: string[]): string[] {
  const columns = header.map((column) => column.trim().toLowerCase());
  const errors: FieldError[] = [];
  columns.forEach((column, i) => {
    if (!isKnownColumn(column)) {
      errors.push({
        field: column || `column ${i + 1}`,
        rule: 'unknownColumn',
        message: `unknown column "${column}"`,
      });
    }
  });
  const duplicates = columns.filter((column, i) => columns.indexOf(column) !== i);
  for (const column of new Set(duplicates)) {
    errors.push({ field: column, rule: 'duplicateColumn', message: `column "${column}" appears twice` });
  }
  for (const column of REQUIRED_COLUMNS.filter((required) => !columns.includes(required))) {
    errors.push({
      field: column,
      rule: 'requiredColumn',
      message: `the header must have a "${column}" column`,
    });
  }
  if (errors.length > 0)
    throw new ValidationProblem(errors, 'The CSV header is not usable; nothing was imported.');
  return columns;
}
