// After `vite build`: a gzip copy (`file.gz`, best compression) beside every text file of dist/ of 1 KB or more,
// which the server sends to browsers that accept gzip (a phone then loads a third of the bytes).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
let files = 0;
let before = 0;
let after = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (TEXT.test(name) && statSync(path).size >= 1024) {
      const data = readFileSync(path);
      const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
      writeFileSync(`${path}.gz`, gz);
      files += 1;
      before += data.length;
      after += gz.length;
    }
  }
}
walk(new URL('../dist', import.meta.url).pathname);
console.log(`precompressed ${files} files: ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB`);
