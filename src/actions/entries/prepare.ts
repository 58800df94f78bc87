/** The prepare action's bundle entry: runs it as the runner loads the bundle. */
import { run } from '../prepare.ts';

void run();
