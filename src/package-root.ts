// The folder of Veiviser's package.json, found from this file whether it runs as src/*.ts (tsx) or as
// compiled dist/src/*.js (node): knowledge/ and the web assets are resolved from here, never from
// the location of a compiled file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const PackageJsonSchema = z.object({ name: z.string().optional() }).passthrough();

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && PackageJsonSchema.safeParse(JSON.parse(readFileSync(manifest, 'utf8'))).data?.name === 'veiviser') {
      root = dir;
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json of veiviser above ${__dirname}`);
  }
}
