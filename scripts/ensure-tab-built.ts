import { join } from 'node:path';
import { ensureTabBuilt } from '../api/src/local/tab-build';

// Tests start several servers at once; building the tab once beforehand keeps them from racing to write dist/.
const rootDir = process.cwd();
await ensureTabBuilt(rootDir, join(rootDir, 'dist'), (line) => console.log(line));
