import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsISO31661Alpha2,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
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
const NOT_BLANK = /\S/;

/** A one-line human text such as a name or a city. */
export const SingleLineText = (min: number, max: number) =>
  applyDecorators(
    IsString(),
    Length(min, max),
    Matches(NOT_BLANK, { message: '$property must not be blank' }),
    Matches(SINGLE_LINE, { message: '$property must not contain control characters' }),
  );

export const MultiLineText = (max: number) =>
  applyDecorators(
    IsString(),
    MaxLength(max),
    Matches(MULTI_LINE, { message: '$property must not contain control characters' }),
  );

export const EmailAddress = () =>
  applyDecorators(IsString(), MaxLength(254), IsEmail({ allow_display_name: false, allow_ip_domain: false }));

export const Password = () => applyDecorators(IsString(), MinLength(8), MaxLength(128));

export const WebsiteUrl = () =>
  applyDecorators(
    IsString(),
    MaxLength(2048),
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

/** A list of distinct short labels (sectors, pollutants). */
export const LabelList = (maxItems: number, maxLength: number) =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    IsString({ each: true }),
    Length(1, maxLength, { each: true }),
    Matches(SINGLE_LINE, { each: true, message: '$property must not contain control characters' }),
    Matches(NOT_BLANK, { each: true, message: '$property must not contain blank entries' }),
  );

export const LanguageList = () =>
  applyDecorators(IsArray(), ArrayMaxSize(20), ArrayUnique(), LanguageTag(true));

export const PhoneNumber = () =>
  applyDecorators(
    IsString(),
    Matches(/^\+?[0-9][0-9 ()-]{4,28}[0-9]$/, {
      message: '$property must be a phone number such as +977 1 4212345',
    }),
  );
