// Test setup: makes sure Debian's Chromium and Graphviz are installed for the browser and DOT tests (idempotent, never fails).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const TIMEOUT_MS = 8 * 60 * 1000;

/** Whether a program is on the PATH. */
function has(program) {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium', 'fonts-dejavu-core');
if (!has('dot')) missing.push('graphviz');

if (missing.length === 0) {
  // Nothing to do: the tools are there.
} else if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
  console.log(`ensure-tools: ${missing.join(', ')} missing and not root; the tests that need them will be skipped`);
} else {
  try {
    console.log(`ensure-tools: installing ${missing.join(', ')} with apt-get (once)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: TIMEOUT_MS, env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: TIMEOUT_MS,
      env,
    });
    console.log('ensure-tools: installed');
  } catch (error) {
    console.log(
      `ensure-tools: could not install ${missing.join(', ')} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the tests that need them will be skipped`,
    );
  }
}
