/**
 * A redaction holds in everything disclosed (issue 17): the withheld words appear in no byte of
 * any file of the bundle, though the bot's own action-log reason and the classifier's evidence
 * quoted them, another version repeats them and the author's name contains them; the hashes of
 * what held them are withheld; the store keeps every original.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { recordsExport, type DisclosedRecord } from '../../src/records/export.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { forEachBackend, openTestApp, type BackendUnderTest } from '../helpers/backends.js';
import { incomingComment, type TestApp } from '../helpers/index.js';

let t: TestApp<BackendUnderTest> | undefined;
afterEach(async () => t?.cleanup());

forEachBackend('redaction in an export bundle', (backend) => {
  it('withholds the redacted words from every byte of every file, and the hashes that held them', async () => {
    const fb = new FakeAdapter('facebook');
    t = await openTestApp(backend, { adapters: [fb] });
    await t.app.start();
    const phone = '406-555-0187';
    const clerk = await createAccount(
      t.db.store,
      {
        username: 'dana',
        displayName: 'Dana Ortiz',
        role: 'records_clerk',
        password: 'a long enough password',
      },
      { actor: 'system', via: 'cli' },
    );
    const actor = `user:${clerk.id}` as const;
    // Queued by the bot as personal information: its reason and evidence quote the number.
    const first = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        platformCommentId: 'doxx',
        author: { id: 'a-1', name: `Caller ${phone}` },
        text: `The man who hit my car lives on my street, call him at ${phone} and tell him`,
      }),
    });
    // An edit repeats the number.
    await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        platformCommentId: 'doxx',
        author: { id: 'a-1', name: `Caller ${phone}` },
        text: `Edited: his number is ${phone}, really`,
      }),
    });
    await t.app.executor.idle();
    const commentId = first.commentId as number;
    const store = t.db.store;
    const actions = await store.actions.forComment(commentId);
    expect(actions.some((a) => a.reason.includes(phone))).toBe(true);

    const request = await store.records.createRequest(
      { requester: 'A resident', receivedOn: '2026-11-02', description: 'Comments about my car' },
      actor,
    );
    await store.records.attach(request.id, { commentIds: [commentId] }, actor);
    const [v1] = await store.comments.versions(commentId);
    if (!v1) throw new Error('no version');
    const start = v1.text.indexOf(phone);
    await store.records.addRedaction(
      {
        requestId: request.id,
        versionId: v1.id,
        start,
        end: start + phone.length,
        exemption: 'personal information',
      },
      actor,
    );

    const out = join(t.db.dir, 'bundle');
    await recordsExport(store, { filter: { requestId: request.id }, outDir: out, actor });
    const files = readdirSync(out);
    expect(files.sort()).toEqual(['manifest.json', 'records.csv', 'records.html', 'records.jsonl']);
    const digitsOnly = phone.replace(/\D/g, '');
    for (const name of files) {
      const bytes = readFileSync(join(out, name));
      const text = bytes.toString('utf8');
      expect(text, name).not.toContain(phone);
      expect(text.replace(/\D/g, ''), name).not.toContain(digitsOnly);
      // Nor escaped (HTML entities, JSON escapes): the digits are plain ASCII either way.
      expect(bytes.includes(Buffer.from(phone)), name).toBe(false);
    }
    const [record] = readFileSync(join(out, 'records.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as DisclosedRecord);
    expect(record?.versions.every((v) => v.redacted && v.textSha256 === null)).toBe(true);
    expect(record?.comment.authorName).toBe('Caller [REDACTED: personal information]');
    const scrubbed = record?.actions.filter((a) =>
      a.reason.includes('[REDACTED: personal information]'),
    );
    expect(scrubbed?.length).toBeGreaterThan(0);
    for (const a of scrubbed ?? []) expect(a.hash).toBeNull();
    // Who did what, in words.
    expect(record?.actions.every((a) => !a.actorName.startsWith('user:'))).toBe(true);
    // The HTML shows the marker with its exemption, not offsets.
    expect(readFileSync(join(out, 'records.html'), 'utf8')).toContain(
      '[REDACTED: personal information]',
    );

    // The store keeps every original.
    expect((await store.comments.versions(commentId)).map((v) => v.text).join(' ')).toContain(
      phone,
    );
    expect((await store.actions.forComment(commentId)).some((a) => a.reason.includes(phone))).toBe(
      true,
    );
  });
});
