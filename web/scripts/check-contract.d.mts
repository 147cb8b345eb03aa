/** null when src/api/contract.ts matches ../openapi.yaml; otherwise what is wrong and the command that fixes it. */
export function checkContract(): Promise<string | null>;
