/**
 * `civicmod classify`: a readable verdict for one text, or JSON Lines in → JSON Lines out,
 * streaming, in order, one output line per good input line; a bad line gets an error line on
 * stderr (with its id or line number) and the rest go on.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createModerator, languageName, type ModeratorVerdict } from '../../moderation/index.js';
import type { Command } from './main.js';

const inputSchema = z.object({
  id: z.string({ message: '"id" must be a string' }),
  text: z.string({ message: '"text" must be a string' }),
  context: z
    .object({
      post: z.string().optional(),
      page: z.string().optional(),
      parent: z.string().optional(),
    })
    .optional(),
});

/** The output contract (README "classify"): do not change it without saying why there. */
export function verdictLine(id: string, v: ModeratorVerdict): string {
  return JSON.stringify({
    id,
    action: v.action,
    flags: v.flags,
    scores: v.scores,
    reasons: v.reasons.map((r) => ({
      category: r.category,
      clause: r.clause,
      label: r.label,
      evidence: r.evidence,
    })),
    ...(v.problems.length > 0 ? { problems: v.problems } : {}),
  });
}

function readable(text: string, v: ModeratorVerdict): string {
  const lines = [`Verdict: ${v.action.toUpperCase()}`];
  if (v.flags.length === 0) lines.push('No policy category applies.');
  for (const r of v.reasons) {
    const where = r.evidence.map((e) => `"${e.text}" at ${e.start}-${e.end}`).join(', ');
    lines.push(`- ${r.category} (${r.clause}): ${r.label}${where ? `; evidence: ${where}` : ''}`);
  }
  lines.push(
    `Scores: ${Object.entries(v.scores)
      .map(([k, s]) => `${k} ${s.toFixed(2)}`)
      .join(', ')}`,
  );
  lines.push(`Language: ${languageName(v.language)}`);
  for (const p of v.problems) lines.push(`Note: ${p}`);
  if (text.trim() === '') lines.push('Note: the text is empty.');
  return lines.join('\n') + '\n';
}

export const classifyCommand: Command = {
  summary: 'classify a text, or JSON Lines from stdin, as the pipeline would',
  usage: `civicmod classify ["TEXT"] [--post TEXT] [--parent TEXT] [--page TEXT]
  With TEXT: prints a readable verdict.
  Without: reads {"id","text","context"?:{"post","page","parent"}} per line on stdin and writes
  {"id","action","flags","scores","reasons"} per line on stdout.`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { post: { type: 'string' }, parent: { type: 'string' }, page: { type: 'string' } },
    });
    const moderator = createModerator();
    if (positionals.length > 0) {
      const text = positionals.join(' ');
      const verdict = moderator.classify({
        text,
        context: { post: values.post, parent: values.parent, page: values.page },
      });
      process.stdout.write(readable(text, verdict));
      return 0;
    }
    return classifyStream(moderator, process.stdin, process.stdout, process.stderr);
  },
};

/** Streams JSON Lines through the moderator with bounded memory (stdout backpressure is honoured). */
export async function classifyStream(
  moderator: ReturnType<typeof createModerator>,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  let buffer = '';
  const flush = async () => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!output.write(chunk))
      await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(line);
    } catch (err) {
      bad++;
      errors.write(
        JSON.stringify({ line: lineNo, error: `not valid JSON: ${(err as Error).message}` }) + '\n',
      );
      continue;
    }
    const parsed = inputSchema.safeParse(parsedJson);
    if (!parsed.success) {
      bad++;
      const id = (parsedJson as { id?: unknown } | null)?.id;
      errors.write(
        JSON.stringify({
          line: lineNo,
          ...(typeof id === 'string' ? { id } : {}),
          error: parsed.error.issues
            .map((i) => `${i.path.join('.') || 'line'}: ${i.message}`)
            .join('; '),
        }) + '\n',
      );
      continue;
    }
    const { id, text, context } = parsed.data;
    buffer += verdictLine(id, moderator.classify({ text, context })) + '\n';
    if (buffer.length > 64 * 1024) await flush();
  }
  await flush();
  return bad > 0 ? 1 : 0;
}
