import { describe, expect, it } from 'vitest';
import { checkContract } from '../scripts/check-contract.mjs';

// src/api/contract.ts is generated from ../openapi.yaml (npm run contract); `npm run build` checks it too.
describe('the generated API types', () => {
  it('match the committed contract (../openapi.yaml)', async () => {
    expect(await checkContract()).toBeNull();
  }, 30_000);
});
