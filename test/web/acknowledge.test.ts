/**
 * "Acknowledge the alert" on a comment's page (issue 19): a person has seen the alert, and it is
 * not sent again to the second list.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { HttpClient, makeDashboardApp, type DashboardTestApp } from '../helpers/dashboard.js';
import { incomingComment } from '../helpers/index.js';

let t: DashboardTestApp | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('acknowledging an alert', () => {
  it('records who acknowledged it, and the alert is no longer due to be repeated', async () => {
    t = await makeDashboardApp({ adapters: [new FakeAdapter('facebook')] });
    const { commentId } = await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'I will hurt you' }),
    });
    const id = commentId as number;
    // As the alert channels record a delivered alert.
    await t.db.store.actions.record({
      kind: 'alert',
      commentId: id,
      actor: 'system',
      reason: 'Alert sent by webhook: Threat of violence.',
      clause: 'I.3',
      details: { channel: 'webhook', categories: ['threat'], ok: true },
    });
    const later = new Date(Date.now() + 60 * 60_000).toISOString();
    expect(await t.db.store.actions.unacknowledgedAlerts(later)).toEqual([id]);

    await t.addUser('dana', 'content_manager', { displayName: 'Dana Ortiz' });
    const client = new HttpClient(t.url);
    await client.login('dana');
    const page = await client.get(`/comments/${id}`);
    expect(page.text).toContain('Acknowledge the alert');
    const csrf = await client.csrf(`/comments/${id}`);
    const res = await client.post(`/comments/${id}/acknowledge`, { form: { _csrf: csrf } });
    expect(res.status).toBe(303);
    const log = await t.db.store.actions.forComment(id);
    expect(log.at(-1)).toMatchObject({
      kind: 'alert_acknowledged',
      reason: 'Alert acknowledged by Dana Ortiz',
    });
    expect(log.at(-1)?.actor).toMatch(/^user:\d+$/);
    expect(await t.db.store.actions.unacknowledgedAlerts(later)).toEqual([]);
    expect((await client.get(`/comments/${id}`)).text).not.toContain('Acknowledge the alert');
  });
});
