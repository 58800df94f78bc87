/** The release action's bundle entry: runs it as the runner loads the bundle. */
import { run } from '../release.ts';

void run();
