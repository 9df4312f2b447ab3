/** Ajv's error object, as the generated validator reports it. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** The standalone validator generated from schemas/library.schema.json (see scripts/generate.mjs). */
export interface FrameworkValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export declare const validate: FrameworkValidator;
declare const _default: FrameworkValidator;
export default _default;
