/** The validate action's bundle entry: runs it as the runner loads the bundle. */
import { run } from '../validate.ts';

void run();
