/**
 * The CLI launcher (dist/cli.js from src/cli/launch.ts) and its V8 code cache. The production build
 * (which writes dist/cli-main.cache) is copied to a temp folder per case and spawned there, with
 * HOME, XDG_CACHE_HOME and LOCALAPPDATA in temp folders too, so the user cache is private. Whatever
 * the cache's state, stdout, stderr and the exit code must equal those of a run that never looks
 * at a cache (NODE_DISABLE_COMPILE_CACHE=1); DEBRIEF_DEBUG=1 tells which cache a run used or wrote.
 * No test measures time (the cold start is in `npm run bench`).
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { run } from '../../src/cli/run';

const ROOT = join(__dirname, '..', '..');
const FILES = ['cli.js', 'cli-main.js', 'cli-main.cache'];
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter(f => f.endsWith('.answer.md')).map(f => `examples/${f}`);
/** Commands with each exit status, large and small outputs, on stdout and stderr (set in before()). */
let COMMANDS: string[][];

interface Out { code: number | null; stdout: string; stderr: string }

let tmp: string;
let pristine: string;
let reference: Out[];
let caseNo = 0;

/** A fresh copy of the production CLI (without its cache file when `shippedCache` is false) and a private home. */
function install(shippedCache = true): { dir: string; home: string } {
  const dir = join(tmp, `case-${++caseNo}`);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  for (const f of FILES) if (shippedCache || f !== 'cli-main.cache') copyFileSync(join(pristine, f), join(dir, 'dist', f));
  const home = join(dir, 'home');
  mkdirSync(home);
  return { dir, home };
}

function launch(dir: string, home: string, args: string[], env: Record<string, string | undefined> = {}): Out {
  const r = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), ...args], {
    cwd: ROOT, encoding: 'utf8',
    env: {
      ...process.env, NO_COLOR: '', DEBRIEF_DEBUG: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, DEBRIEF_CODE_CACHE_OUT: undefined,
      NODE_OPTIONS: undefined, HOME: home, USERPROFILE: home, XDG_CACHE_HOME: join(home, 'xdg'), LOCALAPPDATA: join(home, 'local'), ...env,
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every command's output and status equal the no-cache reference. */
function assertSameAsReference(dir: string, home: string, env: Record<string, string | undefined> = {}): void {
  COMMANDS.forEach((args, i) => assert.deepEqual(launch(dir, home, args, env), reference[i], args.join(' ')));
}

/** What the launcher said about the cache (DEBRIEF_DEBUG lines), and the command's own output. */
function debugRun(dir: string, home: string, args = ['--version'], env: Record<string, string | undefined> = {}): { said: string[]; out: Out } {
  const out = launch(dir, home, args, { ...env, DEBRIEF_DEBUG: '1' });
  const said = out.stderr.split('\n').filter(l => l.startsWith('debrief: code cache: ')).map(l => l.slice('debrief: code cache: '.length));
  return { said, out: { ...out, stderr: out.stderr.split('\n').filter(l => !l.startsWith('debrief: code cache: ')).join('\n') } };
}

/** Files in the user cache folder (anywhere under the private home). */
function userCaches(home: string): string[] {
  return (readdirSync(home, { recursive: true }) as string[]).filter(f => f.endsWith('.cache')).map(f => join(home, f));
}

describe('cli launcher and code cache (the built dist/cli.js)', function () {
  // Spawning node on a loaded 2-core machine can take seconds; no test asserts on time.
  this.timeout(180000);

  before(function () {
    execFileSync(process.execPath, ['scripts/build.mjs', '--only=cli', '--production'], { cwd: ROOT, stdio: 'pipe' });
    tmp = mkdtempSync(join(tmpdir(), 'debrief-launch-'));
    pristine = join(tmp, 'pristine');
    mkdirSync(pristine);
    for (const f of FILES) copyFileSync(join(ROOT, 'dist', f), join(pristine, f));
    // Several times a pipe's 64 KB of JSON: stdout must drain before the process exits.
    const bodies = EXAMPLES.map(f => readFileSync(join(ROOT, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')).join('\n').repeat(4);
    const big = [1, 2, 3, 4, 5, 6].map(i => join(tmp, `big-${i}.answer.md`));
    for (const f of big) writeFileSync(f, bodies);
    COMMANDS = [
      ['lint', '--format', 'json', ...big, ...EXAMPLES],
      ['lint', ...EXAMPLES],
      ['lint', '--format', 'sarif', 'test/fixtures/cli/placeholder.md'],
      ['lint', 'test/fixtures/cli/no-front-matter.md', 'test/fixtures/cli/no-such-file.md'],
      ['--version'],
      ['lint', '--format', 'xml', 'a.md'],
    ];
    const { dir, home } = install();
    reference = COMMANDS.map(args => launch(dir, home, args, { NODE_DISABLE_COMPILE_CACHE: '1' }));
  });
  after(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

  it('keeps the bin entry: package.json bin points at the launcher, which runs by its #! line', function () {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.bin.debrief, './dist/cli.js');
    const { dir, home } = install();
    const launcher = join(dir, 'dist', 'cli.js');
    assert.match(readFileSync(launcher, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    if (process.platform === 'win32') return; // no #! lines there; npm writes a .cmd shim
    chmodSync(launcher, 0o755);
    const r = spawnSync(launcher, ['--version'], { encoding: 'utf8', env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, 'xdg') } });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, reference[COMMANDS.findIndex(c => c[0] === '--version')].stdout);
  });

  it('the reference runs cover exit statuses 0, 1 and 2 and both streams', () => {
    assert.deepEqual([...new Set(reference.map(r => r.code))].sort(), [0, 1, 2]);
    assert.ok(reference.some(r => r.stdout.length > 4 * 64 * 1024), 'a large stdout (drained before exit)');
    assert.ok(reference.some(r => r.stderr !== ''), 'something on stderr');
  });

  it('uses the cache the production build wrote, and writes nothing', () => {
    const { dir, home } = install();
    assert.deepEqual(debugRun(dir, home).said, [`using ${join(dir, 'dist', 'cli-main.cache')}`]);
    assertSameAsReference(dir, home);
    assert.deepEqual(userCaches(home), []);
  });

  it('without a shipped cache, writes one in the user cache folder, refreshed by the next two runs', () => {
    const { dir, home } = install(false);
    const first = debugRun(dir, home);
    assert.equal(first.said[0], 'none fits');
    const [file] = userCaches(home);
    assert.ok(file, 'a user cache file was written');
    assert.deepEqual(first.said, ['none fits', `wrote ${file}`]);
    assert.deepEqual(debugRun(dir, home).said, [`using ${file}`, `wrote ${file}`]);
    assert.deepEqual(debugRun(dir, home).said, [`using ${file}`, `wrote ${file}`]);
    assert.deepEqual(debugRun(dir, home).said, [`using ${file}`]);
    assertSameAsReference(dir, home);
    assert.deepEqual(readdirSync(dirname(file)), [basename(file)], 'one file, no temp file left');
  });

  it('ignores a corrupt, truncated or empty cache file and compiles as usual', () => {
    const good = readFileSync(join(pristine, 'cli-main.cache'));
    const flipped = Buffer.from(good);
    flipped[flipped.length - 1000] ^= 0xff;
    const variants: Record<string, Buffer> = {
      garbage: Buffer.from('not a code cache\n'.repeat(1000)),
      'one payload byte changed': flipped,
      truncated: good.subarray(0, good.length >> 1),
      'header only': good.subarray(0, good.indexOf(10) + 1),
      empty: Buffer.alloc(0),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      const { dir, home } = install();
      writeFileSync(join(dir, 'dist', 'cli-main.cache'), bytes);
      assert.equal(debugRun(dir, home).said[0], 'none fits', name);
      assertSameAsReference(dir, home);
    }
  });

  it('does not use a cache made for other bundle bytes of the same length (V8 alone would)', () => {
    // A version bump keeps the bundle's length: V8 checks only the length, and with this cache it
    // would run the old bytecode and print the old version.
    const { dir, home } = install();
    const main = join(dir, 'dist', 'cli-main.js');
    const version = reference[COMMANDS.findIndex(c => c[0] === '--version')].stdout.trim();
    const bumped = version.replace(/\d$/, d => String((Number(d) + 1) % 10));
    const source = readFileSync(main, 'utf8');
    assert.ok(source.includes(JSON.stringify(version)));
    writeFileSync(main, source.split(JSON.stringify(version)).join(JSON.stringify(bumped)));
    const { said, out } = debugRun(dir, home);
    assert.equal(said[0], 'none fits');
    assert.equal(out.stdout, `${bumped}\n`);
  });

  it('with other Node options the shipped cache does not fit: a user cache is written and used next time', () => {
    const { dir, home } = install();
    const env = { NODE_OPTIONS: '--max-old-space-size=300' }; // a V8 flag: V8 would reject the shipped cache
    const first = debugRun(dir, home, ['--version'], env);
    const [file] = userCaches(home);
    assert.deepEqual(first.said, ['none fits', `wrote ${file}`]);
    assert.equal(debugRun(dir, home, ['--version'], env).said[0], `using ${file}`);
    assertSameAsReference(dir, home, env);
    assert.deepEqual(debugRun(dir, home).said, [`using ${join(dir, 'dist', 'cli-main.cache')}`], 'without them, the shipped one');
  });

  it('a user cache written while the shipped one was missing does not shadow it once it is there', () => {
    const { dir, home } = install(false);
    assert.equal(debugRun(dir, home).said[0], 'none fits');
    assert.equal(userCaches(home).length, 1);
    copyFileSync(join(pristine, 'cli-main.cache'), join(dir, 'dist', 'cli-main.cache'));
    assert.deepEqual(debugRun(dir, home).said, [`using ${join(dir, 'dist', 'cli-main.cache')}`]);
  });

  it('compiles as usual when V8 rejects a cache that fits, and replaces a rejected user cache', () => {
    // A well-formed file for this bundle whose payload V8 made for another script.
    const foreign = new Script('"another script"').createCachedData();
    const withForeignPayload = (bytes: Buffer): Buffer => {
      const fields = bytes.subarray(0, bytes.indexOf(10)).toString('latin1').split(' ');
      fields[fields.length - 1] = String(crc32(foreign));
      return Buffer.concat([Buffer.from(`${fields.join(' ')}\n`, 'latin1'), foreign]);
    };
    const shipped = install();
    const shippedFile = join(shipped.dir, 'dist', 'cli-main.cache');
    writeFileSync(shippedFile, withForeignPayload(readFileSync(shippedFile)));
    assert.deepEqual(debugRun(shipped.dir, shipped.home).said, [`${shippedFile} rejected by V8`]);
    assertSameAsReference(shipped.dir, shipped.home);

    const { dir, home } = install(false);
    debugRun(dir, home);
    const [file] = userCaches(home);
    writeFileSync(file, withForeignPayload(readFileSync(file)));
    assert.deepEqual(debugRun(dir, home).said, [`${file} rejected by V8`, `wrote ${file}`]);
    assert.deepEqual(debugRun(dir, home).said, [`using ${file}`, `wrote ${file}`]);
    assertSameAsReference(dir, home);
  });

  it('runs the same when the user cache folder cannot be created', () => {
    const { dir, home } = install(false);
    const blocker = join(home, 'a-file');
    writeFileSync(blocker, 'not a folder');
    // Under a regular file nothing can be created, not even by root.
    const env = { HOME: join(blocker, 'home'), USERPROFILE: join(blocker, 'home'), XDG_CACHE_HOME: join(blocker, 'xdg'), LOCALAPPDATA: join(blocker, 'local') };
    const { said } = debugRun(dir, home, ['--version'], env);
    assert.equal(said[0], 'none fits');
    assert.match(said[1], /^could not write .*a-file.*\.cache: /);
    assertSameAsReference(dir, home, env);
  });

  it('reports errors thrown in the bundle at its own file, line and column, with and without a cache', () => {
    const { dir, home } = install(false);
    writeFileSync(join(dir, 'dist', 'cli-main.js'), '"use strict";\nfunction boom() {\n  throw new Error("boom");\n}\nboom();\n');
    const at = `${join(dir, 'dist', 'cli-main.js')}:3:9`;
    const first = debugRun(dir, home);
    assert.equal(first.said[0], 'none fits');
    assert.equal(first.out.code, 1);
    assert.ok(first.out.stderr.includes(at), first.out.stderr);
    const second = debugRun(dir, home);
    assert.match(second.said[0], /^using /);
    assert.equal(second.out.code, 1);
    assert.ok(second.out.stderr.includes(at), second.out.stderr);
  });

  it('the bundle, with its stand-ins for linkify-it and entities, lints as the source does', () => {
    const bundle = readFileSync(join(pristine, 'cli-main.js'), 'utf8');
    assert.ok(bundle.includes('linkify-it is not bundled with Debrief'), 'the linkify-it stand-in is bundled');
    assert.ok(!bundle.includes('aero|asia|coop'), "linkify-it's own code is not");
    const doc = join(tmp, 'links.answer.md');
    writeFileSync(doc, [
      '---', 'profile: ant-pm', '---', '# Background', '',
      'See https://example.com/a_b?c=1&d=2 and www.example.org, mail ops@example.com or <https://example.net>.',
      'The [runbook][rb] is fast &amp; robust &copy; &#169; &#x1F600; &bogus; (see [docs](https://docs.example.com "T&amp;C")).', '',
      '[rb]: https://example.com/&amp;runbook "Run&nbsp;book"', '',
      '```js &amp; info', 'const url = "https://example.com";', '```', '',
      '# Risks', '', '| Risk | Owner |', '| --- | --- |', '| Outage at https://status.example.com | TBD |', '',
    ].join('\n'));
    const { dir, home } = install();
    for (const format of ['json', 'human']) {
      const args = ['lint', '--format', format, doc];
      const source = run(args, { cwd: ROOT, env: { NO_COLOR: '' }, isTTY: false });
      const built = launch(dir, home, args);
      assert.deepEqual(built, { code: source.exitCode, stdout: source.stdout, stderr: source.stderr }, format);
    }
  });

  it('leaves no shipped cache after a development build (the launcher then compiles or uses the user cache)', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--only=cli'], { cwd: ROOT, stdio: 'pipe' });
    assert.ok(!existsSync(join(ROOT, 'dist', 'cli-main.cache')));
  });
});
