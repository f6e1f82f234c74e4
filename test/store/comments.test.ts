import { afterEach, expect, it } from 'vitest';
import { forEachBackend, openBackend, type BackendUnderTest } from '../helpers/backends.js';
import { incomingComment } from '../helpers/index.js';

forEachBackend('comment store', (backend) => {
  let db: BackendUnderTest;
  afterEach(() => db?.cleanup());

  it('stores a new comment with its raw payload and SHA-256', async () => {
    db = await openBackend(backend);
    const c = incomingComment({ text: 'When does the road reopen?' });
    const result = await db.store.comments.ingest(c);
    expect(result.change).toBe('new');
    const versions = await db.store.comments.versions(result.commentId);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.text).toBe('When does the road reopen?');
    expect(versions[0]?.rawPayload).toBe(c.raw);
    expect(versions[0]?.rawSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is idempotent for the same text and adds a version for an edit', async () => {
    db = await openBackend(backend);
    const c = incomingComment({ platformCommentId: 'same', text: 'first' });
    const a = await db.store.comments.ingest(c);
    const b = await db.store.comments.ingest({ ...c });
    expect(b.change).toBe('unchanged');
    expect(b.commentId).toBe(a.commentId);
    const edited = await db.store.comments.ingest({ ...c, text: 'second', raw: '{"edited":true}' });
    expect(edited.change).toBe('edited');
    const versions = await db.store.comments.versions(a.commentId);
    expect(versions.map((v) => [v.seq, v.text])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
    expect(await db.store.comments.count()).toBe(1);
  });

  it('keeps every version when the author deletes the comment', async () => {
    db = await openBackend(backend);
    const c = incomingComment({ platformCommentId: 'gone', text: 'v1' });
    const { commentId } = await db.store.comments.ingest(c);
    await db.store.comments.ingest({ ...c, text: 'v2' });
    const deleted = await db.store.comments.markDeletedByAuthor(
      'facebook',
      'gone',
      '{}',
      'webhook',
    );
    expect(deleted?.commentId).toBe(commentId);
    expect((await db.store.comments.get(commentId))?.state).toBe('deleted_by_author');
    expect((await db.store.comments.versions(commentId)).map((v) => v.text)).toEqual(['v1', 'v2']);
  });

  it('refuses to change or delete a stored version', async () => {
    db = await openBackend(backend);
    const { commentId } = await db.store.comments.ingest(incomingComment());
    await expect(
      db.sql(`UPDATE comment_versions SET text = 'x' WHERE comment_id = ${commentId}`),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.sql(`DELETE FROM comment_versions WHERE comment_id = ${commentId}`),
    ).rejects.toThrow(/retention purge/);
    expect(
      await db.sql(`SELECT text FROM comment_versions WHERE comment_id = ${commentId}`),
    ).toEqual([{ text: 'Thank you for keeping the road closure updates coming.' }]);
  });

  it('keeps text with NUL bytes and right-to-left overrides exactly', async () => {
    db = await openBackend(backend);
    const text = 'a\u0000b \u202Eevil\u202C end';
    const { commentId } = await db.store.comments.ingest(incomingComment({ text }));
    expect((await db.store.comments.versions(commentId))[0]?.text).toBe(text);
  });

  it('queues a flagged decision for a person, leaves an allowed one and an escalation alone', async () => {
    db = await openBackend(backend);
    const { comments } = db.store;
    const decide = async (
      commentId: number,
      versionId: number,
      action: 'allow' | 'queue' | 'hide',
    ) =>
      comments.recordDecision({
        commentId,
        versionId,
        classifierVersion: 'test',
        action,
        flags: [],
        scores: {},
        reasons: [],
      });
    // Each decision is of a new version (an edit): one decision per version (migration 006).
    const edit = (text: string) =>
      comments.ingest(incomingComment({ platformCommentId: 'edited', text }));
    const a = await edit('first');
    await decide(a.commentId, a.versionId, 'allow');
    expect((await comments.get(a.commentId))?.reviewState).toBe('none');
    const b = await edit('second');
    const row = await decide(b.commentId, b.versionId, 'hide');
    expect(await comments.get(a.commentId)).toMatchObject({
      reviewState: 'queued',
      lastDecisionId: row.id,
    });
    await comments.setReviewState(a.commentId, 'escalated');
    const c = await edit('third');
    await decide(c.commentId, c.versionId, 'queue');
    expect((await comments.get(a.commentId))?.reviewState).toBe('escalated');
  });

  it('gives the pipeline its context: text, page, post and the parent reply text', async () => {
    db = await openBackend(backend);
    const { comments } = db.store;
    const parent = await comments.ingest(
      incomingComment({ platformCommentId: 'p1', text: 'Parent words' }),
    );
    const reply = await comments.ingest(
      incomingComment({ platformCommentId: 'r1', parentPlatformId: 'p1', text: 'Reply words' }),
    );
    const context = await comments.context(reply.commentId);
    expect(context).toMatchObject({
      comment: {
        id: reply.commentId,
        platformCommentId: 'r1',
        parentPlatformId: 'p1',
        state: 'visible',
      },
      text: 'Reply words',
      page: { id: reply.pageId, platformPageId: 'page-1', name: 'Helena Police Department' },
      post: { id: reply.postId, platformPostId: 'post-1' },
      parentText: 'Parent words',
    });
    expect((await comments.context(parent.commentId))?.parentText).toBeNull();
    expect(await comments.context(9999)).toBeNull();
    // A new comment's ingest result carries the same, read in the transaction that stored it.
    expect(reply.context).toEqual({
      page: context?.page,
      postText: context?.post?.text ?? null,
      parentText: 'Parent words',
    });
    expect(parent.context?.parentText).toBeNull();
    // An edit does not: the pipeline reads it.
    const edited = await comments.ingest(
      incomingComment({ platformCommentId: 'r1', parentPlatformId: 'p1', text: 'Reply, edited' }),
    );
    expect(edited).toMatchObject({ change: 'edited' });
    expect(edited.context).toBeUndefined();
  });

  it('learns what later comments say about their page and post, and never forgets it', async () => {
    db = await openBackend(backend);
    const { comments } = db.store;
    const page = { platformPageId: 'page-9' };
    const post = (extra: { text?: string; url?: string }) => ({
      platformPostId: 'post-9',
      ...extra,
    });
    // The first comment knows nothing of its page's name or its post's text.
    const first = await comments.ingest(incomingComment({ page, post: post({}) }));
    let context = await comments.context(first.commentId);
    expect(context?.page.name).toBeNull();
    expect(context?.post?.text ?? null).toBeNull();
    // A later one does: the same rows learn it.
    const second = await comments.ingest(
      incomingComment({
        page: { ...page, name: 'Helena PD' },
        post: post({ text: 'Road closure tonight', url: 'https://example.org/p/9' }),
      }),
    );
    expect([second.pageId, second.postId]).toEqual([first.pageId, first.postId]);
    context = await comments.context(first.commentId);
    expect(context?.page.name).toBe('Helena PD');
    expect(context?.post).toMatchObject({
      text: 'Road closure tonight',
      url: 'https://example.org/p/9',
    });
    // One that again says nothing, or the same, changes nothing; a new post text replaces it.
    await comments.ingest(incomingComment({ page, post: post({}) }));
    await comments.ingest(
      incomingComment({ page: { ...page, name: 'Helena PD' }, post: post({}) }),
    );
    expect((await comments.context(first.commentId))?.page.name).toBe('Helena PD');
    await comments.ingest(incomingComment({ page, post: post({ text: 'Road reopened' }) }));
    context = await comments.context(first.commentId);
    expect(context?.post).toMatchObject({ text: 'Road reopened', url: 'https://example.org/p/9' });
  });
});
