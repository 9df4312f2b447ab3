import type { SchemasSettings } from 'monaco-yaml';
import frameworkSchema from '../../schemas/framework.schema.json';

/** The model URI every framework document uses, so monaco-yaml applies our schema to it. */
export const frameworkModelPath = 'file:///framework.rungs.yaml';

/**
 * The schemas monaco-yaml knows, all carrying the schema itself (the studio makes no schema
 * requests). A `# yaml-language-server: $schema=` header wins over fileMatch, so every reference
 * `rungs new` writes must resolve to one of these URIs: the public `$id`, and the installed
 * `./node_modules/rungs/schemas/framework.schema.json` (or `../…`), which against the model's
 * file:///framework.rungs.yaml always resolves to file:///node_modules/…. Kept free of Monaco so a
 * Node test can run yaml-language-server with exactly these settings.
 */
export const schemaAssociations: SchemasSettings[] = [
  {
    fileMatch: ['*.rungs.yaml', '**/*.yaml', '**/*.yml'],
    uri: frameworkSchema.$id,
    schema: frameworkSchema,
  },
  {
    fileMatch: [],
    uri: 'file:///node_modules/rungs/schemas/framework.schema.json',
    schema: frameworkSchema,
  },
];
