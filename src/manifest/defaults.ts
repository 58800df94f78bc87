/** Default paths, in a module of their own so that the CLI's start loads no manifest code. */
export const DEFAULT_MANIFEST = 'ecs-batch.yml';
export const DEFAULT_WORKFLOWS_DIR = '.github/workflows';
