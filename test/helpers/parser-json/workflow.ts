import { parserSchema } from './schema.ts';

export default parserSchema('workflow');
