/** The run action's bundle entry: runs it as the runner loads the bundle. */
import { run } from '../run.ts';

void run();
