/** Default paths, in a module of their own so that the CLI's start loads no manifest code. */
export const DEFAULT_MANIFEST = 'ecs-batch.yml';
export const DEFAULT_WORKFLOWS_DIR = '.github/workflows';
/** Where editors find the manifest's JSON Schema (`$schema`, yaml-language-server). */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/ecs-batch/ecs-batch/main/schema/ecs-batch.schema.json';
