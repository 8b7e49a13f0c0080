/** Writes lib/api/openapi-types.d.ts from the OpenAPI document (see lib/api/generate-types.ts). */
import fs from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from '../lib/api/generate-types';

void generateApiTypes().then((text) => {
  fs.writeFileSync(API_TYPES_FILE, text);
  console.log(`api:types: wrote ${API_TYPES_FILE} (${text.length} characters)`);
});
