// Fails (exit 1) when src/api/contract.ts is not what openapi-typescript generates from ../openapi.yaml:
// the API's contract changed and the web app's types were not regenerated (or contract.ts was edited by
// hand). The first step of `npm run build`, so `dotnet test` and CI fail on drift; test/contract.test.ts
// runs it too.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTRACT_URL, REGENERATE, generateContract } from './contract.mjs';

const lines = (text) => text.replace(/\r\n/g, '\n').split('\n');

/** null when contract.ts matches openapi.yaml; otherwise what is wrong and the command that fixes it. */
export async function checkContract() {
  const contract = fileURLToPath(CONTRACT_URL);
  const expected = lines(await generateContract());
  if (!existsSync(contract)) return `src/api/contract.ts is missing. Generate it from ../openapi.yaml: ${REGENERATE}`;
  const actual = lines(readFileSync(contract, 'utf8'));
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] === actual[i]) continue;
    return [
      `src/api/contract.ts differs from what ../openapi.yaml generates (first at line ${i + 1}):`,
      `  committed: ${actual[i] ?? '(end of file)'}`,
      `  generated: ${expected[i] ?? '(end of file)'}`,
      `openapi.yaml changed (or contract.ts was edited by hand): regenerate the web app's types with ${REGENERATE},`,
      'then fix what `tsc --noEmit` reports, and commit contract.ts with the change.',
    ].join('\n');
  }
  return null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = await checkContract();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  console.log('src/api/contract.ts matches ../openapi.yaml');
}
