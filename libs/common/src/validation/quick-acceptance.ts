import { MetadataStorage, ValidationArguments, ValidationTypes, getMetadataStorage } from 'class-validator';

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- what class-validator keys its metadata by
type ClassTarget = Function;

/**
 * A fast yes for valid input, from class-validator's own metadata and constraint instances.
 *
 * class-validator builds error objects, filters and groups metadata on every call; for input that is valid
 * (nearly all of it) none of that is needed. `acceptsQuickly(object)` runs the same constraints over the same
 * metadata and returns true only when `validateSync(object, STRICT)` — whitelist, forbidNonWhitelisted,
 * forbidUnknownValues, no groups — would return no error. Anything it does not model (async or promise
 * validation, error contexts, Sets and Maps) makes it answer false, and so does any failed constraint: the caller then runs
 * class-validator for the exact errors.
 */
export function acceptsQuickly(object: object): boolean {
  return accepts(object, undefined);
}

interface Check {
  metadata: ValidationMetadata;
  validateIf?: (object: object, value: unknown) => boolean;
  /** Resolved once: class-validator looks each one up in its container on every call. */
  validators: { validate(value: unknown, args: ValidationArguments): unknown }[];
}

interface PropertyPlan {
  name: string;
  conditions: ValidationMetadata[];
  /** IS_DEFINED checks first, then the custom ones, as class-validator runs them. */
  checks: Check[];
  nested: ValidationMetadata[];
}

interface ClassPlan {
  /** False when the class holds metadata this module does not model, or none at all. */
  supported: boolean;
  allowed: ReadonlySet<string>;
  properties: PropertyPlan[];
}

const plans = new Map<unknown, Map<string | undefined, ClassPlan>>();
const storage = getMetadataStorage();

function planOf(target: ClassTarget, schema: string | undefined): ClassPlan {
  let bySchema = plans.get(target);
  if (!bySchema) plans.set(target, (bySchema = new Map()));
  let plan = bySchema.get(schema);
  if (!plan) bySchema.set(schema, (plan = buildPlan(target, schema)));
  return plan;
}

function buildPlan(target: ClassTarget, schema: string | undefined): ClassPlan {
  const metadatas = storage.getTargetValidationMetadatas(target, schema as string, false, false, undefined);
  const grouped = storage.groupByPropertyName(metadatas);
  let supported = metadatas.length > 0;
  const properties = Object.entries(grouped).map(([name, group]): PropertyPlan => {
    const of = (type: string) => group.filter((metadata) => metadata.type === type);
    const modelled = new Set<string>([
      ValidationTypes.CONDITIONAL_VALIDATION,
      ValidationTypes.IS_DEFINED,
      ValidationTypes.CUSTOM_VALIDATION,
      ValidationTypes.NESTED_VALIDATION,
      ValidationTypes.WHITELIST,
    ]);
    if (group.some((metadata) => !modelled.has(metadata.type) || metadata.context !== undefined)) {
      supported = false;
    }
    return {
      name,
      conditions: of(ValidationTypes.CONDITIONAL_VALIDATION),
      checks: [...of(ValidationTypes.IS_DEFINED), ...of(ValidationTypes.CUSTOM_VALIDATION)].map(toCheck),
      nested: of(ValidationTypes.NESTED_VALIDATION),
    };
  });
  return { supported, allowed: new Set(Object.keys(grouped)), properties };
}

function toCheck(metadata: ValidationMetadata): Check {
  return {
    metadata,
    validateIf: (metadata as { validateIf?: Check['validateIf'] }).validateIf,
    validators: storage
      .getTargetValidatorConstraints(metadata.constraintCls)
      .map((constraint) => constraint.instance as Check['validators'][number]),
  };
}

function accepts(object: object, schema: string | undefined): boolean {
  const plan = planOf(object.constructor, schema);
  if (!plan.supported) return false;
  for (const key of Object.keys(object)) if (!plan.allowed.has(key)) return false;
  const record = object as Record<string, unknown>;
  for (const property of plan.properties) {
    const value = record[property.name];
    if (value instanceof Promise) return false;
    if (!property.conditions.every((metadata) => metadata.constraints[0](object, value))) continue;
    if (value instanceof Set || value instanceof Map) return false;
    for (const check of property.checks) if (!satisfies(check, object, value)) return false;
    for (const metadata of property.nested) if (!nestedAccepted(metadata, value)) return false;
  }
  return true;
}

function satisfies(check: Check, object: object, value: unknown): boolean {
  if (check.validateIf && !check.validateIf(object, value)) return true;
  const args: ValidationArguments = {
    targetName: object.constructor?.name,
    property: check.metadata.propertyName,
    object,
    value,
    constraints: check.metadata.constraints,
  };
  const each = check.metadata.each && Array.isArray(value);
  for (const validator of check.validators) {
    if (each) {
      for (const item of value) if (!isTrue(validator.validate(item, args))) return false;
    } else if (!isTrue(validator.validate(value, args))) return false;
  }
  return true;
}

/** A promise is an async check this module does not wait for: not a quick yes. */
const isTrue = (valid: unknown) => Boolean(valid) && !(valid instanceof Promise);

/** As class-validator: items of arrays (at any depth) are checked one by one, undefined ones pass. */
function nestedAccepted(metadata: ValidationMetadata, value: unknown): boolean {
  if (value === undefined) return true;
  if (value instanceof Set || value instanceof Map) return false;
  if (Array.isArray(value)) return value.every((item) => nestedAccepted(metadata, item));
  if (!(value instanceof Object)) return false;
  return accepts(value, typeof metadata.target === 'string' ? metadata.target : metadata.target.name);
}
