/**
 * Fills a SQLite file with N realistic comments for the records benchmarks: six platforms,
 * several pages, thousands of posts, tens of thousands of authors (a few very active), three and
 * a half years of dates, edits (extra versions), decisions with flags, and actions (hides,
 * removals, approvals, author deletions) whose hash chain verifies.
 *
 * Writes go straight to SQL in large transactions (the store's one-at-a-time ingest is not what
 * is being measured), but through the real migrations, so the FTS index and the category index
 * are filled by the same triggers (and the same end-of-transaction drain of the FTS backlog) as
 * in production. Deterministic: the same N gives the same file.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { openDatabase } from '../src/store/sqlite/database.js';
import { actionRowHash, GENESIS_HASH } from '../src/store/sqlite/actions.js';
import { FtsBacklog } from '../src/store/sqlite/fts-backlog.js';
import { sha256 } from '../src/store/sqlite/util.js';
import type { CommentState, Platform } from '../src/store/types.js';

export interface GenerateResult {
  path: string;
  comments: number;
  versions: number;
  decisions: number;
  actions: number;
  seconds: number;
  bytes: number;
  bytesPerComment: number;
}

/** A small, fast, seeded PRNG (mulberry32), so runs are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words a police department's page sees, from greetings to complaints, in rough frequency order:
// a Zipf draw over this list gives a realistic mix of very common and rare terms.
const WORDS = `the to and a of is in you for that it this on are be with they have not was what
at do so just but if about people my all we police your can like from there their them no an or
who how one would he thank get officers out more why when up know time been need think should
city department good thanks great job really those these any did were our has make see here
please help safe stay everyone community officer chief work keep right law new road traffic
car street tonight day closure report call crime sure again still because want first going
said back year also last well down only over even much family love happy way same never
lol wow awesome hope many something anyone someone information update updates downtown park
school kids children public safety fire emergency local helena montana county sheriff state
shooting arrest arrested suspect suspects video footage body camera cameras release records
transparency accountability lawsuit court judge jury trial charges charged case investigation
missing found dog cat vehicle stolen truck driver drivers speed speeding ticket tickets parking
neighborhood neighbors block noise party complaint complaints response slow fast minutes hours
wrong terrible awful horrible disgrace shame corrupt abuse power rights constitution amendment
protest protesters march rally peaceful violence violent force excessive taser gun guns weapon
thankful grateful appreciate heroes brave service serve protect duty sacrifice respect support
budget taxes tax money funding spend waste salary overtime hire hiring staff shortage recruit
mayor council commission vote election meeting agenda policy policies rule rules enforce enforcement
drug drugs fentanyl meth overdose homeless shelter mental health crisis outreach program
snow ice weather storm winter plow closed open lane lanes detour bridge highway interstate
accident crash injured injury hospital ambulance medics firefighters rescue search volunteers
bike bikes pedestrian crosswalk sidewalk light lights signal intersection corner avenue gulch
last chance main broadway lyndale euclid montana rodney benton cruse jackson warren ewing
scam scammers phone calls fake email text message warning alert beware elderly fraud
dispatch 911 nonemergency number line wait waited answer answered hold called calling
bear deer moose wildlife animal control loose barking leash yard fence gate property theft
burglary break robbery vandalism graffiti damage window windows garage mailbox package porch
camera ring doorbell neighbor watch footage share shared sharing post posted posting comment
deleted hide hidden censor censorship speech free first silence silencing block blocked`
  .split(/\s+/)
  .filter((w) => w !== '');

// A long tail of rare tokens: plates, house numbers, surnames, as real comments carry.
const SURNAMES = `smith johnson williams brown jones miller davis garcia rodriguez wilson martinez
anderson taylor thomas hernandez moore martin jackson thompson white lopez lee gonzalez harris
clark lewis robinson walker perez hall young allen sanchez wright king scott green baker adams
nelson hill ramirez campbell mitchell roberts carter phillips evans turner torres parker collins
edwards stewart flores morris nguyen murphy rivera cook rogers morgan peterson cooper reed bailey`
  .split(/\s+/)
  .filter((w) => w !== '');

const PAGES: { platform: Platform; id: string; name: string }[] = [
  { platform: 'facebook', id: '100064', name: 'Helena Police Department' },
  { platform: 'facebook', id: '100077', name: 'HPD Community Outreach' },
  { platform: 'instagram', id: '178414', name: 'helenapolice' },
  { platform: 'x', id: '2901', name: '@HelenaPD' },
  { platform: 'youtube', id: 'UC9hpd', name: 'Helena Police Department' },
  { platform: 'discord', id: '8870', name: 'Helena Community Safety' },
  { platform: 'bluesky', id: 'did:plc:hpd', name: 'helenapd.bsky.social' },
];

const CATEGORY_FLAGS = ['obscenity', 'personal_attack', 'off_topic', 'threat', 'personal_info'];
const CLAUSE: Record<string, string> = {
  obscenity: 'J.3 obscenity',
  personal_attack: 'J.3 personal attack',
  off_topic: 'J.3 off-topic',
  threat: 'I.3 human decision (threat)',
  personal_info: 'I.3 human decision (personal information)',
};

const START = Date.UTC(2023, 0, 1);
const END = Date.UTC(2026, 5, 30);

/**
 * Creates (replacing) a database at `path` with `n` comments and returns what was written and
 * how big the file is. About 30 s per million comments on a laptop.
 */
export async function generateStore(path: string, n: number): Promise<GenerateResult> {
  const started = process.hrtime.bigint();
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) rmSync(path + suffix);
  }
  const db = openDatabase(path);
  // A throwaway file: durability per commit is not what is measured.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const ftsBacklog = new FtsBacklog(db);
  const rand = rng(20260701);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // Zipf-like: index = floor(len * r^k) concentrates draws on the head of the list.
  const zipf = (len: number, k: number) => Math.min(len - 1, Math.floor(len * rand() ** k));
  const iso = (ms: number) => new Date(ms).toISOString();

  const insertPage = db.prepare(
    'INSERT INTO pages (id, platform, platform_page_id, name, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertPost = db.prepare(
    'INSERT INTO posts (id, page_id, platform_post_id, text, url, created_at, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertComment = db.prepare(
    `INSERT INTO comments (id, platform, platform_comment_id, page_id, post_id, parent_platform_id,
       author_id, author_name, created_at, first_seen_at, state, review_state, current_version_id,
       last_decision_id, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO comment_versions (id, comment_id, seq, text, text_sha256, raw_payload, raw_sha256, source, observed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDecision = db.prepare(
    `INSERT INTO decisions (id, comment_id, version_id, classifier_version, action, flags_json, scores_json, reasons_json, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAction = db.prepare(
    `INSERT INTO action_log (id, action_id, phase, kind, comment_id, page_id, platform, actor, reason,
       clause, decision_id, details_json, platform_result, at, prev_hash, hash)
     VALUES (@id, @actionId, @phase, @kind, @commentId, @pageId, @platform, @actor, @reason,
       @clause, @decisionId, @detailsJson, @platformResult, @at, @prevHash, @hash)`,
  );

  const postCount = Math.max(1, Math.ceil(n / 200));
  const authorCount = Math.max(10, Math.ceil(n / 20));
  const authors: { id: string; name: string }[] = [];
  for (let i = 0; i < authorCount; i++) {
    const first = pick(SURNAMES);
    authors.push({
      id: `u${100000 + i}`,
      name: `${first[0]?.toUpperCase()}${first.slice(1)} ${pick(SURNAMES).toUpperCase()[0]}. ${i}`,
    });
  }
  const posts: { id: number; pageId: number; platformPostId: string; at: number }[] = [];
  db.transaction(() => {
    PAGES.forEach((p, i) => insertPage.run(i + 1, p.platform, p.id, p.name, iso(START)));
    for (let i = 0; i < postCount; i++) {
      const pageId = 1 + zipf(PAGES.length, 1.6);
      const at = START + Math.floor(((END - START) * i) / postCount);
      const text = Array.from({ length: 25 }, () => WORDS[zipf(WORDS.length, 2)]).join(' ');
      posts.push({ id: i + 1, pageId, platformPostId: `p${i + 1}`, at });
      insertPost.run(i + 1, pageId, `p${i + 1}`, text, null, iso(at), iso(at));
    }
  })();

  let versionId = 0;
  let decisionId = 0;
  let actionId = 0;
  let prevHash = GENESIS_HASH;
  const appendAction = (row: {
    phase: 'requested' | 'completed' | 'recorded';
    kind: string;
    commentId: number;
    pageId: number;
    platform: Platform;
    actor: string;
    reason: string;
    clause: string | null;
    decisionId: number | null;
    at: string;
    actionOf?: number;
    platformResult?: string | null;
  }): number => {
    actionId++;
    const base = {
      id: actionId,
      actionId: row.actionOf ?? actionId,
      phase: row.phase,
      kind: row.kind,
      commentId: row.commentId,
      pageId: row.pageId,
      platform: row.platform,
      actor: row.actor as `user:${number}`,
      reason: row.reason,
      clause: row.clause,
      decisionId: row.decisionId,
      detailsJson: null,
      platformResult: row.platformResult ?? null,
      at: row.at,
      prevHash,
    };
    const hash = actionRowHash(base);
    insertAction.run({ ...base, hash });
    prevHash = hash;
    return actionId;
  };

  const sentence = (): string => {
    const len = 6 + Math.floor(rand() * 30);
    const words: string[] = [];
    for (let i = 0; i < len; i++) {
      const r = rand();
      if (r < 0.015) words.push(pick(SURNAMES));
      else if (r < 0.02) words.push(String(100 + Math.floor(rand() * 9900)));
      else words.push(WORDS[zipf(WORDS.length, 2.2)] as string);
    }
    const text = words.join(' ');
    return text[0]?.toUpperCase() + text.slice(1) + pick(['.', '!', '?', '.', '']);
  };

  const BATCH = 20_000;
  for (let start = 1; start <= n; start += BATCH) {
    const end = Math.min(n, start + BATCH - 1);
    db.transaction(() => {
      for (let id = start; id <= end; id++) {
        const post = posts[Math.min(postCount - 1, Math.floor(((id - 1) * postCount) / n))]!;
        const page = PAGES[post.pageId - 1]!;
        const author = authors[zipf(authorCount, 1.5)]!;
        const created = post.at + Math.floor(rand() * 3 * 86_400_000 * rand());
        const seen = created + Math.floor(rand() * 120_000);
        const r = rand();
        const flagged = r < 0.14;
        const category = flagged ? CATEGORY_FLAGS[zipf(CATEGORY_FLAGS.length, 1.3)]! : null;
        let state: CommentState = 'visible';
        const s = rand();
        if (flagged && s < 0.45) state = 'hidden';
        else if (flagged && s < 0.6) state = 'removed';
        else if (s < 0.04) state = 'deleted_by_author';
        const versionCount = rand() < 0.06 ? (rand() < 0.2 ? 3 : 2) : 1;
        const platformCommentId = `${page.platform[0]}${id}`;
        const reviewState = flagged ? (rand() < 0.8 ? 'closed' : 'queued') : 'none';
        const times = [seen];
        for (let seq = 2; seq <= versionCount; seq++) {
          times.push((times[seq - 2] ?? seen) + Math.floor(rand() * 3_600_000));
        }
        const at = times[versionCount - 1] ?? seen;
        const lastVersion = versionId + versionCount;
        const lastDecision = decisionId + versionCount;
        // The comment first: versions refer to it, and the FTS trigger reads its author name.
        insertComment.run(
          id,
          page.platform,
          platformCommentId,
          post.pageId,
          post.id,
          rand() < 0.3
            ? `${page.platform[0]}${Math.max(1, id - 1 - Math.floor(rand() * 20))}`
            : null,
          author.id,
          author.name,
          iso(created),
          iso(seen),
          state,
          reviewState,
          lastVersion,
          lastDecision,
          iso(at + 60_000),
        );
        let text = sentence();
        for (let seq = 1; seq <= versionCount; seq++) {
          versionId++;
          const observed = times[seq - 1] ?? seen;
          if (seq > 1) {
            text = `${text} ${pick(['Edit:', 'Update:', 'Also', 'EDIT -'])} ${sentence()}`;
          }
          const raw = JSON.stringify({
            id: platformCommentId,
            message: text,
            from: { id: author.id, name: author.name },
            created_time: iso(created),
            parent: { id: post.platformPostId },
          });
          insertVersion.run(
            versionId,
            id,
            seq,
            text,
            sha256(text),
            raw,
            sha256(raw),
            pick(['webhook', 'webhook', 'poll']),
            iso(observed),
          );
          decisionId++;
          const isLast = seq === versionCount;
          const flags = isLast && category ? [category] : [];
          const scores = Object.fromEntries(
            CATEGORY_FLAGS.map((c) => [c, c === category && isLast ? 0.9 : rand() * 0.2]),
          );
          const reasons = flags.map((c) => ({
            category: c,
            clause: CLAUSE[c],
            label: c.replace('_', ' '),
            evidence: [{ start: 0, end: 4, text: text.slice(0, 4) }],
          }));
          const action = flags.length === 0 ? 'allow' : state === 'hidden' ? 'hide' : 'queue';
          insertDecision.run(
            decisionId,
            id,
            versionId,
            'bench-1',
            action,
            JSON.stringify(flags),
            JSON.stringify(scores),
            JSON.stringify(reasons),
            iso(observed + 50),
          );
        }
        const common = { commentId: id, pageId: post.pageId, platform: page.platform };
        const reason = category ? `${category.replace('_', ' ')}` : 'reviewed';
        const clause = category ? (CLAUSE[category] ?? null) : null;
        if (flagged) {
          if (state === 'hidden') {
            const req = appendAction({
              ...common,
              phase: 'requested',
              kind: 'hide',
              actor: 'system',
              reason,
              clause,
              decisionId: lastDecision,
              at: iso(at + 100),
            });
            appendAction({
              ...common,
              phase: 'completed',
              kind: 'hide',
              actor: 'system',
              reason,
              clause,
              decisionId: lastDecision,
              at: iso(at + 900),
              actionOf: req,
              platformResult: '{"success":true}',
            });
          } else {
            appendAction({
              ...common,
              phase: 'recorded',
              kind: 'queue',
              actor: 'system',
              reason,
              clause,
              decisionId: lastDecision,
              at: iso(at + 100),
            });
            const person = `user:${1 + zipf(12, 1.4)}`;
            if (state === 'removed') {
              const req = appendAction({
                ...common,
                phase: 'requested',
                kind: 'remove',
                actor: person,
                reason: `${reason}: confirmed by a content manager`,
                clause,
                decisionId: null,
                at: iso(at + 3_600_000),
              });
              appendAction({
                ...common,
                phase: 'completed',
                kind: 'remove',
                actor: person,
                reason: `${reason}: confirmed by a content manager`,
                clause,
                decisionId: null,
                at: iso(at + 3_601_000),
                actionOf: req,
                platformResult: '{"success":true}',
              });
            } else if (reviewState === 'closed') {
              appendAction({
                ...common,
                phase: 'recorded',
                kind: 'approve',
                actor: person,
                reason: 'within the policy: criticism is not a personal attack',
                clause: null,
                decisionId: null,
                at: iso(at + 3_600_000),
              });
            }
          }
        }
        if (state === 'deleted_by_author') {
          appendAction({
            ...common,
            phase: 'recorded',
            kind: 'author_deleted',
            actor: 'system',
            reason: 'the author deleted the comment on the platform',
            clause: null,
            decisionId: null,
            at: iso(at + 86_400_000),
          });
        }
      }
      ftsBacklog.drain();
    })();
  }
  // Planner statistics, as `PRAGMA optimize` keeps them on a long-running store.
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const bytes = statSync(path).size;
  return {
    path,
    comments: n,
    versions: versionId,
    decisions: decisionId,
    actions: actionId,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    bytes,
    bytesPerComment: Math.round(bytes / Math.max(1, n)),
  };
}
