/**
 * The `debrief` executable (dist/cli.js, package.json `bin`): sets V8 flags, then runs the CLI
 * bundle (dist/cli-main.js, built from main.ts) from a V8 code cache when one fits.
 *
 * Why it exists: a CLI run is short, and a good part of it went to V8 parsing the bundle and
 * compiling each function it calls, again at every start. Here the bundle is compiled with node:vm
 * and cached data holding the bytecode of the functions that earlier runs compiled, from
 *   - dist/cli-main.cache, written by `node scripts/build.mjs --production` after lint runs on the
 *     examples (the build sets DEBRIEF_CODE_CACHE_OUT to it: the one file read, and written at
 *     exit); it fits when the build ran on the same Node version with no extra flags; else from
 *   - <user cache dir>/debrief/cli-<crc of the bundle's path>.cache, written after a run that had
 *     no cache that fits and refreshed by the next two runs (each adds the functions it compiled).
 * A file fits only when its header names this bundle's exact bytes (V8 itself compares only the
 * length, and would run the old bytecode after a same-length change such as a version bump), this
 * V8 version and architecture, the Node options in effect (they may set V8 flags, which V8 checks),
 * and its payload's checksum holds. V8 may still reject it. Any miss is an ordinary compile, the
 * run otherwise the same; writing is best effort (temp file and rename, errors ignored), so an
 * unwritable or missing folder changes nothing. NODE_DISABLE_COMPILE_CACHE=1 turns this off, as it
 * does Node's own cache; DEBRIEF_DEBUG=1 says on stderr what the cache did. Stack traces name
 * dist/cli-main.js with its own lines and columns. Without zlib.crc32 (Node < 20.15) the bundle is
 * simply required.
 * Node >= 22.1's module.enableCompileCache is not used: it keeps only what is compiled before the
 * bundle runs (the top level) and never refreshes it; on Node 22.12 a cold lint gained 3 ms from
 * it and 12 ms from this. So every Node version takes this path, the one CI tests.
 */
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

// Most of a cold lint compiles the lexicons' large regular expressions. V8 first compiles each to
// bytecode and again to machine code once it has run twice (every lexicon regex does, once per
// sentence): compiling straight to machine code roughly halves that. Set before anything is
// compiled, so the code cache is always produced and checked under the same flags.
setFlagsFromString('--no-regexp-tier-up');

const MAIN = join(__dirname, 'cli-main.js');
const env = process.env;
/** A user cache is refreshed by the runs that use it until it reaches this generation. */
const REFRESHES = 3;

const debug = (message: string): void => { if (env.DEBRIEF_DEBUG) process.stderr.write(`debrief: code cache: ${message}\n`); };

function userCacheFile(): string {
  const home = homedir();
  const dir = process.platform === 'win32' ? join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'debrief', 'Cache')
    : process.platform === 'darwin' ? join(home, 'Library', 'Caches', 'debrief')
    : join(env.XDG_CACHE_HOME || join(home, '.cache'), 'debrief');
  return join(dir, `cli-${crc32(MAIN).toString(16)}.cache`);
}

interface Cache { file: string; data: Buffer; generation: number }

/** `debrief-code-cache <what the data was compiled from> <generation> <payload crc>\n<payload>` */
const header = (id: string, generation: number, data: Buffer): string => `debrief-code-cache ${id} ${generation} ${crc32(data)}\n`;

function readCache(file: string, id: string): Cache | undefined {
  let bytes: Buffer;
  try { bytes = readFileSync(file); } catch { return undefined; }
  const end = bytes.indexOf(10);
  if (end <= 0 || end > 512) return undefined;
  const line = bytes.subarray(0, end + 1).toString('latin1');
  const generation = Number(line.split(' ').at(-2));
  const data = bytes.subarray(end + 1);
  return line.startsWith(`debrief-code-cache ${id} `) && generation >= 0 && line === header(id, generation, data) ? { file, data, generation } : undefined;
}

function writeCache(file: string, id: string, generation: number, data: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, Buffer.concat([Buffer.from(header(id, generation, data), 'latin1'), data]));
    renameSync(tmp, file);
    debug(`wrote ${file}`);
  } catch (e) {
    debug(`could not write ${file}: ${(e as Error).message}`);
    try { unlinkSync(tmp); } catch { /* never created */ }
  }
}

function runCached(): void {
  const source = readFileSync(MAIN);
  const options = crc32(JSON.stringify([process.execArgv, env.NODE_OPTIONS || '']));
  const id = `${crc32(source)}:${source.length} v8-${process.versions.v8} ${process.arch} ${options}`;
  const buildOut = env.DEBRIEF_CODE_CACHE_OUT;
  let user: string | undefined;
  if (!buildOut) try { user = userCacheFile(); } catch { /* no home directory: no user cache */ }
  const candidates = buildOut ? [buildOut] : [MAIN.replace(/\.js$/, '.cache'), ...(user ? [user] : [])];
  let cache: Cache | undefined;
  for (const file of candidates) if ((cache = readCache(file, id))) break;
  // The wrapper's line is line 0: stack traces show the bundle's own lines and columns.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {\n${source.toString('utf8')}\n})`;
  const script = new Script(wrapped, { filename: MAIN, lineOffset: -1, cachedData: cache?.data });
  const used = cache !== undefined && !script.cachedDataRejected;
  debug(!cache ? 'none fits' : used ? `using ${cache.file}` : `${cache.file} rejected by V8`);
  // Write the build's file; or the user cache when none fit, or it was the one used (or rejected).
  const generation = used && cache!.file === user ? cache!.generation + 1 : 1;
  const out = buildOut || (user && (!cache || cache.file === user) && generation <= REFRESHES ? user : undefined);
  if (out) {
    process.once('exit', () => {
      let data: Buffer | undefined;
      try { data = script.createCachedData(); } catch { /* nothing to write */ }
      if (data) writeCache(out, id, buildOut ? 0 : generation, data);
    });
  }
  const mod = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, require, mod, MAIN, __dirname);
}

if (env.NODE_DISABLE_COMPILE_CACHE || typeof crc32 !== 'function') require(MAIN);
else runCached();
