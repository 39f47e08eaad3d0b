import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  InTaxonomy,
  NotBlank,
  StorableText,
  type TaxonomyList,
  isStorableText,
  isVisibleText,
} from '@3ipet/common';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsISO31661Alpha2,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
  isEmail,
} from 'class-validator';

/** Validate only when the field is sent; `null` is validated too (and so rejected by type rules). */
export const IfPresent = () => ValidateIf((_object, value) => value !== undefined);
/** Validate only when the field carries a value; `null` is accepted and means "clear it". */
export const IfNotNull = () => ValidateIf((_object, value) => value !== undefined && value !== null);

// C0 control characters (NUL included, which PostgreSQL text cannot store); line breaks are allowed in prose.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** A one-line human text such as a name or a city: the platform's text rule (NotBlank, StorableText), one line. */
export const SingleLineText = (min: number, max: number) =>
  applyDecorators(
    IsString(),
    Length(min, max),
    NotBlank(),
    StorableText(),
    Matches(SINGLE_LINE, { message: '$property must not contain control characters' }),
  );

/** Prose that may be empty (a description); when it has content, the content must show. */
export const MultiLineText = (max: number) =>
  applyDecorators(
    IsString(),
    MaxLength(max),
    ValidateBy({
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || value === '' || isVisibleText(value),
        defaultMessage: (args) => `${args?.property} must be empty or show some text`,
      },
    }),
    StorableText(),
    Matches(MULTI_LINE, { message: '$property must not contain control characters' }),
  );

/** A reason given to someone (a rejection, a withdrawal): required, visible, possibly several lines. */
export const ReasonText = (min: number, max: number) =>
  applyDecorators(
    IsString(),
    Length(min, max),
    NotBlank(),
    StorableText(),
    Matches(MULTI_LINE, { message: '$property must not contain control characters' }),
  );

const EMAIL_OPTIONS = { allow_display_name: false, allow_ip_domain: false };

/**
 * class-validator's e-mail check, except that text with a lone surrogate is refused before it runs: the validator
 * throws a URIError on it (a 500 before login).
 */
export const isEmailAddress = (value: unknown): boolean =>
  typeof value === 'string' && isStorableText(value) && isEmail(value, EMAIL_OPTIONS);

export const EmailAddress = () =>
  applyDecorators(
    IsString(),
    MaxLength(254),
    ValidateBy({
      name: 'isEmail',
      validator: { validate: isEmailAddress, defaultMessage: (args) => `${args?.property} must be an email` },
    }),
  );

export const Password = () => applyDecorators(IsString(), MinLength(8), MaxLength(128));

export const WebsiteUrl = () =>
  applyDecorators(
    IsString(),
    MaxLength(2048),
    StorableText(),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: true }),
  );

const upperCaseString = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toUpperCase() : value;

/** ISO 3166-1 alpha-2; lower case is accepted and stored upper case. */
export const CountryCode = () =>
  applyDecorators(Transform(upperCaseString), IsString(), Length(2, 2), IsISO31661Alpha2());

export function isBcp47Tag(value: unknown): boolean {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > 35 ||
    !/^[A-Za-z0-9-]+$/.test(value)
  ) {
    return false;
  }
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false; // Intl throws RangeError for a structurally invalid tag
  }
}

/** A BCP 47 language tag such as `en`, `zh-Hans`, `ne-NP`. */
export const LanguageTag = (each = false) =>
  ValidateBy(
    {
      name: 'isBcp47',
      validator: {
        validate: isBcp47Tag,
        defaultMessage: (args) =>
          `${args?.property} must ${each ? 'contain only' : 'be'} BCP 47 language tags`,
      },
    },
    { each },
  );

/** Distinct ids of a taxonomy list (GET /api/v1/taxonomy), as listings and needs take them. */
export const TaxonomyIdList = (list: TaxonomyList, maxItems = 30) =>
  applyDecorators(IsArray(), ArrayMaxSize(maxItems), ArrayUnique(), InTaxonomy(list));

export const LanguageList = () =>
  applyDecorators(IsArray(), ArrayMaxSize(20), ArrayUnique(), LanguageTag(true));

export const PhoneNumber = () =>
  applyDecorators(
    IsString(),
    Matches(/^\+?[0-9][0-9 ()-]{4,28}[0-9]$/, {
      message: '$property must be a phone number such as +977 1 4212345',
    }),
  );
