import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  csvCell,
  recordsExport,
  type DisclosedRecord,
  type ExportManifest,
} from '../../src/records/export.js';
import type { RecordsFilter } from '../../src/store/types.js';
import { forEachBackend, openBackend, type BackendUnderTest } from '../helpers/backends.js';
import { incomingComment } from '../helpers/index.js';
import { makeClock, seedMixed, type Seeded } from './fixtures.js';

const run = promisify(execFile);
const CLI = resolve('dist/src/cli/main.js');

let db: BackendUnderTest | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

function readBundle(dir: string) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ExportManifest;
  const jsonl = readFileSync(join(dir, 'records.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as DisclosedRecord);
  return {
    manifest,
    jsonl,
    csv: readFileSync(join(dir, 'records.csv'), 'utf8'),
    html: readFileSync(join(dir, 'records.html'), 'utf8'),
  };
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

forEachBackend('records export', (backend) => {
  let seeded: Seeded;
  const setup = async () => {
    const clock = makeClock();
    db = await openBackend(backend, { now: () => clock.now });
    seeded = await seedMixed(db, clock);
    return db;
  };

  it('contains exactly the matching records, with every version, decision and action', async () => {
    const { store, dir } = await setup();
    const filter: RecordsFilter = {
      platform: 'facebook',
      from: '2026-03-01T00:00:00.000Z',
      until: '2026-04-01T00:00:00.000Z',
    };
    const headBefore = await store.records.head();
    const out = join(dir, 'bundle');
    const result = await recordsExport(store, { filter, outDir: out, actor: 'user:9' });
    const { manifest, jsonl, csv, html } = readBundle(out);

    // Exactly the Facebook comments created in March, newest first; not February, not Instagram.
    const expected = [
      seeded.deletedByAuthor,
      seeded.removed,
      seeded.hidden,
      seeded.hostile,
      seeded.edited,
    ];
    expect(jsonl.map((r) => r.comment.id)).toEqual(expected);
    for (const record of jsonl) {
      const id = record.comment.id;
      const versions = await store.comments.versions(id);
      expect(record.versions.map((v) => [v.seq, v.text, v.textSha256])).toEqual(
        versions.map((v) => [v.seq, v.text, v.textSha256]),
      );
      expect(record.decisions.map((d) => d.id)).toEqual(
        (await store.comments.decisions(id)).map((d) => d.id),
      );
      const actions = await store.actions.forComment(id);
      expect(record.actions.map((a) => [a.id, a.actor, a.at, a.reason, a.clause])).toEqual(
        actions.map((a) => [a.id, a.actor, a.at, a.reason, a.clause]),
      );
    }
    const edited = jsonl.find((r) => r.comment.id === seeded.edited);
    expect(edited?.versions).toHaveLength(2);
    expect(edited?.actions.map((a) => a.kind)).toEqual(['queue', 'approve']);
    expect(jsonl.find((r) => r.comment.id === seeded.removed)?.actions.map((a) => a.actor)).toEqual(
      ['user:2', 'user:2'],
    );

    // The manifest's hashes are the files' hashes.
    expect(manifest.files.map((f) => f.name)).toEqual([
      'records.csv',
      'records.jsonl',
      'records.html',
    ]);
    for (const file of manifest.files) {
      expect(sha256File(join(out, file.name))).toBe(file.sha256);
      expect(readFileSync(join(out, file.name)).length).toBe(file.bytes);
    }
    expect(sha256File(join(out, 'manifest.json'))).toBe(result.manifestSha256);
    expect(readdirSync(out).sort()).toEqual(
      ['manifest.json', 'records.csv', 'records.html', 'records.jsonl'].sort(),
    );
    expect(manifest.filters).toEqual(filter);
    expect(manifest.actionLog).toEqual(headBefore);
    expect(manifest.counts).toMatchObject({ comments: 5, versions: 6, redactions: 0 });

    // The export itself is on record, with the manifest's hash.
    const [logged] = (await db!.sql(
      "SELECT actor, details_json AS d FROM action_log WHERE kind = 'records_export'",
    )) as { actor: string; d: string }[];
    expect(logged?.actor).toBe('user:9');
    expect(JSON.parse(logged?.d ?? 'null')).toMatchObject({
      manifestSha256: result.manifestSha256,
      comments: 5,
    });

    // CSV: one row per comment, formula cells neutralised; HTML: escaped.
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1 + expected.length);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""click"") <script>`);
    expect(csv).toContain(`"'@SUM(1+1)"`);
    expect(csv).not.toMatch(/(^|,)"=/m);
    // The language each comment was read in has its column (issue 16).
    const header = (lines[0] ?? '').replace(/^\ufeff/, '').split(',');
    expect(header).toContain('"language"');
    expect(header.indexOf('"language"')).toBe(header.indexOf('"categories"') + 1);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('prefixes every formula-starting cell with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+2`)).toBe(`"'${start}1+2"`);
    }
    expect(csvCell('plain "quoted"')).toBe('"plain ""quoted"""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  it('applies a request’s redactions to the export only; the store keeps the original', async () => {
    const { store, dir } = await setup();
    const request = await store.records.createRequest(
      {
        requester: 'Helena Independent Record',
        receivedOn: '2026-03-15',
        description: 'Comments about the road closure in March, with moderation actions',
        dueOn: '2026-03-25',
      },
      'user:9',
    );
    expect(
      await store.records.attach(
        request.id,
        { commentIds: [seeded.edited, seeded.hidden] },
        'user:9',
      ),
    ).toBe(2);
    const [v1] = await store.comments.versions(seeded.edited);
    if (!v1) throw new Error('no version');
    const start = v1.text.indexOf(seeded.phone);
    const exemption = 'MCA 2-6-1003 personal information';
    await store.records.addRedaction(
      {
        requestId: request.id,
        versionId: v1.id,
        start,
        end: start + seeded.phone.length,
        exemption,
      },
      'user:9',
    );

    // Bad redactions are refused and change nothing.
    const before = await store.records.redactions(request.id);
    await expect(
      store.records.addRedaction(
        { requestId: request.id, versionId: v1.id, start: 0, end: v1.text.length + 1, exemption },
        'user:9',
      ),
    ).rejects.toThrow(InputError);
    const [r1] = await store.comments.versions(seeded.removed);
    await expect(
      store.records.addRedaction(
        { requestId: request.id, versionId: r1?.id ?? 0, start: 0, end: 1, exemption },
        'user:9',
      ),
    ).rejects.toThrow(/not attached/);
    expect(await store.records.redactions(request.id)).toEqual(before);

    const out = join(dir, 'request-bundle');
    await recordsExport(store, { filter: { requestId: request.id }, outDir: out, actor: 'user:9' });
    const { manifest, jsonl } = readBundle(out);
    expect(jsonl.map((r) => r.comment.id).sort()).toEqual([seeded.edited, seeded.hidden].sort());
    expect(manifest.request?.id).toBe(request.id);
    expect(manifest.counts.redactions).toBe(1);
    for (const name of ['records.csv', 'records.jsonl', 'records.html', 'manifest.json']) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text, name).not.toContain(seeded.phone);
    }
    const disclosed = jsonl.find((r) => r.comment.id === seeded.edited);
    expect(disclosed?.versions[0]?.text).toBe(
      `The officer at the road closure was rude. Call me at [REDACTED: ${exemption}].`,
    );
    // A redacted version's hashes and raw payload would let the withheld text be guessed.
    expect(disclosed?.versions[0]).toMatchObject({
      redacted: true,
      textSha256: null,
      rawPayload: null,
    });
    expect(disclosed?.versions[1]?.redacted).toBe(false);
    expect(JSON.stringify(disclosed?.decisions)).toContain('[REDACTED: ');

    // The original is intact in the store.
    expect((await store.comments.versions(seeded.edited))[0]?.text).toContain(seeded.phone);
    expect((await store.comments.decisions(seeded.edited))[0]?.reasons).toEqual(
      (await store.comments.decisions(seeded.edited))[0]?.reasons,
    );
    expect(JSON.stringify((await store.comments.decisions(seeded.edited))[0]?.reasons)).toContain(
      seeded.phone,
    );

    // A withdrawn redaction no longer applies, and stays on record.
    const [red] = await store.records.redactions(request.id);
    await store.records.withdrawRedaction(red?.id ?? 0, 'user:9');
    const out2 = join(dir, 'request-bundle-2');
    await recordsExport(store, {
      filter: { requestId: request.id },
      outDir: out2,
      actor: 'user:9',
    });
    expect(readFileSync(join(out2, 'records.jsonl'), 'utf8')).toContain(seeded.phone);
    expect((await store.records.redactions(request.id))[0]?.withdrawnBy).toBe('user:9');
  });

  it('refuses a non-empty folder and a missing request without writing anything', async () => {
    const { store, dir } = await setup();
    const busy = join(dir, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'keep.txt'), 'earlier bundle');
    await expect(
      recordsExport(store, { filter: {}, outDir: busy, actor: 'system' }),
    ).rejects.toThrow(/not empty/);
    expect(readdirSync(busy)).toEqual(['keep.txt']);
    await expect(
      recordsExport(store, { filter: { requestId: 99 }, outDir: join(dir, 'x'), actor: 'system' }),
    ).rejects.toThrow(/no records request 99/);
    expect(readdirSync(dir).filter((n) => n.startsWith('x'))).toEqual([]);
  });

  it('runs as `civicmod export` with flags, and rejects bad flags clearly', async () => {
    const { dir, cliEnv } = await setup();
    // On PostgreSQL the child process opens the same database through DATABASE_URL.
    const env = { ...process.env, ...cliEnv, LOG_LEVEL: 'silent' };
    const out = join(dir, 'cli-bundle');
    const ok = await run(
      process.execPath,
      [CLI, 'export', '--platform', 'facebook', '--state', 'hidden', '--out', out],
      { env, cwd: dir },
    );
    expect(ok.stdout).toMatch(/Exported 1 comments/);
    const { jsonl, manifest } = readBundle(out);
    expect(jsonl.map((r) => r.comment.id)).toEqual([seeded.hidden]);
    expect(manifest.filters).toEqual({ platform: 'facebook', state: 'hidden' });

    for (const [args, message] of [
      [['--from', '2026-13-01', '--out', join(dir, 'a')], /from: must be a date/],
      [['--colour', 'red', '--out', join(dir, 'b')], /Unknown option '--colour'/],
      [['--state', 'hidden'], /--out DIR/],
    ] as const) {
      const failed = await run(process.execPath, [CLI, 'export', ...args], { env, cwd: dir }).then(
        () => null,
        (err: { code: number; stderr: string }) => err,
      );
      expect(failed?.code).toBe(2);
      expect(failed?.stderr).toMatch(message);
    }
    expect(readdirSync(dir).filter((n) => n === 'a' || n === 'b')).toEqual([]);
  });
});

forEachBackend('records export of text in any script and of any length', (backend) => {
  it('writes accents, emoji, Arabic and Japanese text and a 400,000-character comment byte for byte, and hashes what it wrote', async () => {
    db = await openBackend(backend);
    const { store, dir } = db;
    const texts = [
      'Señora Muñoz dijo: ¿dónde está la patrulla? 🚓🚓',
      'شكرا للشرطة على المساعدة',
      '警察の皆さん、ありがとう 🙏🏽',
      `${'long '.repeat(80_000)}end`,
    ];
    for (const [i, text] of texts.entries()) {
      await store.comments.ingest(
        incomingComment({
          platformCommentId: `script-${i}`,
          text,
          createdAt: `2026-05-0${i + 1}T10:00:00.000Z`,
        }),
      );
    }
    const out = join(dir, 'bundle');
    const result = await recordsExport(store, { filter: {}, outDir: out, actor: 'system' });
    const { jsonl, csv, html } = readBundle(out);
    expect(jsonl.map((r) => r.versions[0]?.text).sort()).toEqual([...texts].sort());
    for (const text of texts.slice(0, 3)) {
      expect(csv).toContain(text);
      expect(html).toContain(text.split(' ')[0]);
    }
    for (const file of result.manifest.files) {
      const bytes = readFileSync(join(out, file.name));
      expect(bytes.length).toBe(file.bytes);
      expect(sha256File(join(out, file.name))).toBe(file.sha256);
    }
  });
});

forEachBackend('records export of direction controls', (backend) => {
  it('shows a right-to-left override as a marker in the spreadsheet and the page, and keeps it exactly in JSON Lines', async () => {
    db = await openBackend(backend);
    const { store, dir } = db;
    const text = 'Nice work \u202Etxet desrever\u202C officer';
    await store.comments.ingest(
      incomingComment({
        platformCommentId: 'bidi-1',
        text,
        author: { id: 'author-bidi', name: 'Bob \u202Eevil' },
        createdAt: '2026-05-01T10:00:00.000Z',
      }),
    );
    const out = join(dir, 'bundle');
    await recordsExport(store, { filter: {}, outDir: out, actor: 'system' });
    const { jsonl, csv, html } = readBundle(out);
    expect(jsonl[0]?.versions[0]?.text).toBe(text);
    for (const file of [csv, html]) {
      expect(file).toContain('[U+202E]txet desrever[U+202C]');
      expect(file).toContain('Bob [U+202E]evil');
      expect(file).not.toContain('\u202E');
    }
  });
});
