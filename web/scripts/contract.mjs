// The API's types for the web app: src/api/contract.ts, generated from the committed contract
// ../openapi.yaml with openapi-typescript's programmatic API. `npm run contract` writes the file;
// scripts/check-contract.mjs (the first step of `npm run build`) and test/contract.test.ts fail when the
// committed file differs from what this generates. Never edit contract.ts by hand.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/** The committed API contract (written by the API: `dotnet run --project api -- openapi openapi.yaml`). */
export const SPEC_URL = new URL('../../openapi.yaml', import.meta.url);
/** The generated types, committed. */
export const CONTRACT_URL = new URL('../src/api/contract.ts', import.meta.url);
/** What to run to bring contract.ts in step with openapi.yaml. */
export const REGENERATE = 'npm --prefix web run contract (or `npm run contract` in web/)';

const { version } = createRequire(import.meta.url)('openapi-typescript/package.json');

const HEADER = `// Generated from ../openapi.yaml (the API's committed contract) by openapi-typescript ${version}
// (scripts/contract.mjs). Do not edit: the build fails when this file and openapi.yaml differ.
// Regenerate: npm run contract (in web/). After an API change, first rewrite openapi.yaml from the server at
// the repository root: dotnet run --project api -p:SkipWebBuild=true -- openapi openapi.yaml
// Name the shapes the app uses in ./types.ts, not here.

`;

/** contract.ts as openapi.yaml says it should be. */
export async function generateContract() {
  const ast = await openapiTS(SPEC_URL);
  return HEADER + astToString(ast);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const source = await generateContract();
  writeFileSync(CONTRACT_URL, source);
  console.log(`wrote ${fileURLToPath(CONTRACT_URL)} from ${fileURLToPath(SPEC_URL)}`);
}
