// Starts clearance.jar on a free port with a fresh H2 database and a temporary copy of rules/ (with one broken pack
// planted in it, so the rule console has a refused pack to show), runs each scenario module in turn, and always
// stops the jar. Prints one line per step and a closing "N passed, N failed"; exits non-zero when a step failed.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * The scenario modules, run in this order against one server; each exports runScenario(options) and returns
 * { passed, failed, skipped }. The modeler's comes last: it deploys a new process version.
 */
const SCENARIOS = ['scenario.mjs', 'crisis-scenario.mjs', 'rule-console-scenario.mjs', 'modeler-scenario.mjs'];

const repo = process.argv[2] ?? join(import.meta.dirname, '..', '..');
const frontend = join(repo, 'frontend');
const outDir = join(frontend, 'target', 'e2e');
const screenshots = join(frontend, 'target', 'e2e-screenshots');
// Start-up takes 10-20 s on a quiet machine, minutes on a shared one that is busy building.
const STARTUP_TIMEOUT_MS = Number(process.env.E2E_STARTUP_TIMEOUT_MS ?? 600_000);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, jar) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (jar.exitCode !== null) {
      throw new Error(`clearance.jar exited with ${jar.exitCode} during start-up`);
    }
    try {
      const response = await fetch(`${baseUrl}/actuator/health`);
      if (response.ok && (await response.json()).status === 'UP') {
        return;
      }
    } catch {
      // not listening yet
    }
    await delay(500);
  }
  throw new Error(`clearance.jar was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

function stop(jar) {
  if (jar.exitCode !== null || jar.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => jar.kill('SIGKILL'), 20_000);
    jar.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    jar.kill('SIGTERM');
  });
}

/** The repository's packs in a temporary folder, plus one that does not compile: tests never write into rules/. */
function rulesCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-e2e-rules-'));
  cpSync(join(repo, 'rules'), dir, { recursive: true });
  const broken = join(dir, 'e2e-broken');
  mkdirSync(join(broken, 'examples'), { recursive: true });
  writeFileSync(
    join(broken, 'pack.yaml'),
    'id: e2e-broken\nname: Broken on purpose (browser tests)\nversion: 1.0.0\ndescription: A pack whose DRL does not compile.\ncategories: [MEDICAL_CLAIM]\nenabled: true\n',
  );
  writeFileSync(
    join(broken, 'broken.drl'),
    'package clearance.e2ebroken;\n\nglobal io.clearance.screening.internal.Outcome outcome;\n\nrule "E2E_BROKEN"\nwhen\n    this is not DRL\nthen\nend\n',
  );
  writeFileSync(
    join(broken, 'examples', 'none.yaml'),
    '- name: nothing to find\n  text: "Hello."\n  platform: FACEBOOK\n  kind: POST\n  expect: []\n',
  );
  return dir;
}

mkdirSync(outDir, { recursive: true });
rmSync(screenshots, { recursive: true, force: true });
mkdirSync(screenshots, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'clearance-e2e-db-'));
const rulesDir = rulesCopy();
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const logFile = join(outDir, 'backend.log');
const log = openSync(logFile, 'w');
const started = Date.now();
const jar = spawn(
  'java',
  [
    '-Xmx288m', // the README's launch (docs/operations.md)
    '-jar',
    join(repo, 'backend', 'target', 'clearance.jar'),
    `--server.port=${port}`,
    `--spring.datasource.url=jdbc:h2:file:${join(dataDir, 'clearance')}`,
    `--clearance.processes.dir=${join(repo, 'processes')}`,
    `--clearance.rules.dir=${rulesDir}`,
  ],
  { cwd: outDir, stdio: ['ignore', log, log] },
);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (!stopping) {
      stopping = true;
      await stop(jar);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(rulesDir, { recursive: true, force: true });
      process.exit(130);
    }
  });
}

// A failure outside a step (start-up, a module that throws) counts as one failed step.
const results = { passed: 0, failed: 0, skipped: 0 };
try {
  console.log(`e2e: starting clearance.jar on ${baseUrl} (database ${dataDir})`);
  await waitForHealth(baseUrl, jar);
  console.log(`e2e: healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const module of SCENARIOS) {
    console.log(`e2e: ${module}`);
    const { runScenario } = await import(`./${module}`);
    const outcome = await runScenario({ baseUrl, screenshots, chromium: process.env.CHROMIUM ?? '/usr/bin/chromium' });
    for (const key of Object.keys(results)) {
      results[key] += outcome[key] ?? 0;
    }
  }
} catch (error) {
  results.failed++;
  console.error(`e2e: ${error.stack ?? error}`);
} finally {
  stopping = true;
  await stop(jar);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(rulesDir, { recursive: true, force: true });
}
if (results.failed > 0) {
  const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n');
  console.error(`e2e: last lines of ${logFile}:\n${lines.slice(-15).join('\n')}`);
}
console.log(`e2e: screenshots in ${screenshots}`);
console.log(`${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
process.exit(results.failed > 0 ? 1 : 0);
