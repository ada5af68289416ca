// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Proves the import-direction guard in eslint.config.js fires, so a broken config cannot pass silently. */
const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((message) => message.ruleId === 'import-x/no-restricted-paths')
    .map((message) => message.message);
}

describe('import direction', () => {
  it('refuses a feature importing another feature, by alias or by relative path', async () => {
    expect(
      await restrictedImports('src/features/auth/planted.ts', "export { AppShell } from '@/features/shell';\n"),
    ).toEqual([expect.stringContaining('Features do not import each other')]);
    expect(
      await restrictedImports(
        'src/features/auth/components/planted.ts',
        "export { Welcome } from '../../shell/components/welcome';\n",
      ),
    ).toEqual([expect.stringContaining('Features do not import each other')]);
  });

  it('refuses shared code or a feature importing from src/app', async () => {
    expect(await restrictedImports('src/lib/planted.ts', "export { LoginPage } from '@/features/auth';\n")).toEqual([
      expect.stringContaining('Shared code must not depend on a feature'),
    ]);
    expect(await restrictedImports('src/features/shell/planted.ts', "export { routes } from '@/app/routes';\n")).toEqual([
      expect.stringContaining('Only src/app may import from src/app'),
    ]);
  });

  it('lets a feature use its own files and shared code, and the app use every feature', async () => {
    expect(
      await restrictedImports(
        'src/features/auth/components/planted.ts',
        "export { login } from '../api/login';\nexport { Button } from '@/components/ui/button';\n",
      ),
    ).toEqual([]);
    expect(await restrictedImports('src/app/planted.ts', "export { AppShell } from '@/features/shell';\n")).toEqual([]);
  });
});
