/**
 * A records clerk needs no platform ids (issue 17): the post is picked by its words or date,
 * the person who acted by name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, makeDashboardApp, type DashboardTestApp } from '../helpers/dashboard.js';
import { incomingComment } from '../helpers/index.js';

let t: DashboardTestApp | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('records search pickers', () => {
  it('offers the posts by date, page and words, and the people by name', async () => {
    t = await makeDashboardApp();
    await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ text: 'When does it reopen?' }),
    });
    await t.addUser('dana', 'records_clerk', { displayName: 'Dana Ortiz' });
    await t.addUser('lee', 'chief', { displayName: 'Chief Dana Lee' });
    const clerk = new HttpClient(t.url);
    await clerk.login('dana');
    const page = await clerk.get('/records');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(
      /<option value="post-1">\s*\d{4}-\d\d-\d\d · Helena Police Department ·\s+Road closure on Last Chance Gulch tonight from 7 pm\.\s*<\/option>/,
    );
    const lee = await t.db.store.users.findByUsername('lee');
    expect(page.text).toMatch(
      new RegExp(
        `<option value="user:${lee?.id}"\\s*>Chief Dana Lee \\(Chief of Police or designee\\)</option>`,
      ),
    );
    expect(page.text).toMatch(/<option value="system"\s*>civicmod \(automatic\)<\/option>/);
    // Picking them searches as typing the ids did.
    const byPost = await clerk.get('/records?post=post-1');
    expect(byPost.status).toBe(200);
    expect(byPost.text).toContain('When does it reopen?');
    const byActor = await clerk.get('/records?actor=system');
    expect(byActor.status).toBe(200);
    expect(byActor.text).toMatch(/<option value="system"\s+selected/);
  });
});
