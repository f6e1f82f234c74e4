import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('civicmod classify', () => {
  it('prints one contract line flagging obscenity for the README example', async () => {
    const { code, stdout } = await runCli(['classify'], {
      input: '{"id":"1","text":"well fuck you"}\n',
    });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['action', 'flags', 'id', 'reasons', 'scores']);
    expect(out.id).toBe('1');
    expect(out.flags).toContain('obscenity');
    expect(Object.keys(out.scores as object).sort()).toEqual([
      'obscenity',
      'off_topic',
      'personal_attack',
      'personal_info',
      'threat',
    ]);
    const reasons = out.reasons as {
      category: string;
      clause: string;
      evidence: { start: number; end: number; text: string }[];
    }[];
    const obscene = reasons.find((r) => r.category === 'obscenity');
    expect(obscene?.clause).toBe('J.3 obscenity');
    expect(obscene?.evidence[0]).toEqual({ start: 5, end: 9, text: 'fuck' });
  });

  it('keeps order, reports bad lines on stderr with their line number or id, and goes on', async () => {
    const input = [
      '{"id":"a","text":"Thanks for the update on the road closure."}',
      '{not json',
      '{"id":"b"}',
      '{"id":7,"text":"numeric id"}',
      '',
      '{"id":"c","text":"shit","context":{"post":"Road closure tonight"}}',
    ].join('\n');
    const { code, stdout, stderr } = await runCli(['classify'], { input });
    expect(code).toBe(1);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; action: string });
    expect(out.map((o) => o.id)).toEqual(['a', 'c']);
    expect(out[0]?.action).toBe('allow');
    const errors = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; id?: string; error: string });
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errors[1]).toMatchObject({ id: 'b' });
    expect(errors[1]?.error).toMatch(/text/);
  });

  it('streams many lines in order without holding them', async () => {
    const n = 20_000;
    const input = Array.from({ length: n }, (_, i) =>
      JSON.stringify({ id: String(i), text: `comment number ${i} about parking` }),
    ).join('\n');
    const { code, stdout } = await runCli(['classify'], { input, timeoutMs: 60_000 });
    expect(code).toBe(0);
    const ids = stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(n);
    expect(ids[0]).toBe('0');
    expect(ids[n - 1]).toBe(String(n - 1));
  });

  it('prints a readable verdict for a text argument', async () => {
    const { code, stdout } = await runCli(['classify', 'this is bullshit']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Verdict: (HIDE|QUEUE)/);
    expect(stdout).toMatch(/obscenity \(J\.3 obscenity\)/);
  });
});
