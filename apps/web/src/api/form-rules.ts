// Generated from the OpenAPI document by `npm run api:types` (test/web/api-types.spec.ts); do not edit.
import type { FieldRule } from './form-rule';

export const FORM_RULES: Record<string, Record<string, FieldRule>> = {
  "TechnologyInput": {
    "title": {
      "required": true,
      "maxLength": 200
    },
    "summary": {
      "required": true,
      "maxLength": 1000
    },
    "description": {
      "required": true,
      "maxLength": 20000
    },
    "translations": {
      "schema": "TranslationInput"
    },
    "category": {
      "required": true
    },
    "pollutants": {
      "required": true
    },
    "outletGuarantees": {
      "schema": "OutletGuaranteeInput"
    },
    "sectors": {
      "required": true
    },
    "trl": {
      "required": true,
      "minimum": 1,
      "maximum": 9
    },
    "capitalCostMinUsd": {
      "minimum": 0
    },
    "capitalCostMaxUsd": {
      "minimum": 0
    },
    "operatingCostNote": {
      "maxLength": 2000
    },
    "flowMinNm3h": {
      "maximum": 10000000
    },
    "flowMaxNm3h": {
      "maximum": 10000000
    },
    "unitsPerInstallation": {
      "minimum": 1,
      "maximum": 10000000
    },
    "referenceProjects": {
      "schema": "ReferenceProjectInput"
    }
  },
  "TranslationInput": {
    "language": {
      "required": true
    },
    "title": {
      "maxLength": 200
    },
    "summary": {
      "maxLength": 1000
    }
  },
  "ReferenceProjectInput": {
    "place": {
      "required": true
    },
    "country": {
      "required": true
    },
    "year": {
      "required": true
    },
    "result": {
      "required": true
    }
  },
  "OutletGuaranteeInput": {
    "pollutant": {
      "required": true
    },
    "mgPerNm3": {
      "required": true,
      "maximum": 100000
    }
  },
  "NeedInput": {
    "title": {
      "required": true,
      "maxLength": 200
    },
    "description": {
      "required": true,
      "maxLength": 10000
    },
    "pollutants": {
      "required": true
    },
    "sectors": {
      "required": true
    },
    "country": {
      "required": true
    },
    "city": {
      "required": true,
      "maxLength": 100
    },
    "budgetMinUsd": {
      "minimum": 0,
      "maximum": 1000000000000
    },
    "budgetMaxUsd": {
      "minimum": 0,
      "maximum": 1000000000000
    },
    "unitCount": {
      "minimum": 1,
      "maximum": 10000000
    },
    "areaName": {
      "maxLength": 200
    },
    "areaPopulation": {
      "minimum": 1,
      "maximum": 100000000
    },
    "areaKm2": {
      "maximum": 100000
    },
    "flowNm3h": {
      "maximum": 10000000
    },
    "outletLimits": {
      "schema": "OutletLimitInput"
    },
    "minTrl": {
      "minimum": 1,
      "maximum": 9
    },
    "deadline": {
      "required": true
    }
  },
  "OutletLimitInput": {
    "pollutant": {
      "required": true
    },
    "mgPerNm3": {
      "required": true,
      "maximum": 100000
    }
  },
  "RegisterDto": {
    "displayName": {
      "required": true,
      "minLength": 1,
      "maxLength": 100
    },
    "password": {
      "required": true,
      "minLength": 8,
      "maxLength": 128,
      "format": "password"
    },
    "email": {
      "required": true,
      "maxLength": 254,
      "format": "email"
    },
    "organization": {
      "required": true,
      "schema": "RegisterOrganizationDto"
    }
  },
  "RegisterOrganizationDto": {
    "name": {
      "required": true,
      "minLength": 2,
      "maxLength": 200
    },
    "country": {
      "required": true,
      "pattern": "^[A-Za-z]{2}$"
    },
    "city": {
      "required": true,
      "minLength": 1,
      "maxLength": 100
    },
    "website": {
      "format": "uri"
    },
    "description": {
      "maxLength": 5000
    },
    "sectors": {
      "maxItems": 30
    },
    "pollutants": {
      "maxItems": 30
    },
    "languages": {
      "maxItems": 20
    },
    "contactPerson": {
      "schema": "ContactPersonDto"
    },
    "kind": {
      "required": true
    }
  },
  "UpdateOrganizationDto": {
    "name": {
      "minLength": 2,
      "maxLength": 200
    },
    "city": {
      "minLength": 1,
      "maxLength": 100
    },
    "website": {
      "format": "uri"
    },
    "description": {
      "maxLength": 5000
    },
    "sectors": {
      "maxItems": 30
    },
    "pollutants": {
      "maxItems": 30
    },
    "languages": {
      "maxItems": 20
    },
    "contactPerson": {
      "schema": "ContactPersonDto"
    }
  },
  "ContactPersonDto": {
    "name": {
      "required": true,
      "minLength": 1,
      "maxLength": 200
    },
    "email": {
      "required": true,
      "maxLength": 254,
      "format": "email"
    }
  }
};
