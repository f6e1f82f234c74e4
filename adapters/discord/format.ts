/**
 * Text civicmod posts to Discord. A commenter's words are shown exactly as written and never
 * interpreted: every ASCII punctuation character is backslash-escaped, which Discord's markdown
 * renders as the character itself, so no bold, link, heading, quote, spoiler, emoji or mention
 * can come out of a comment. (Messages are also sent with `allowedMentions: { parse: [] }`, so
 * even a mention civicmod wrote itself pings no one.)
 */

/** Discord's limit on a message's content. */
export const MAX_MESSAGE_LENGTH = 2000;

export function escapeDiscordText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * Escapes `text` and cuts it, on a character boundary, so the result fits in `max` characters
 * including the marker that says it was cut.
 */
export function escapeAndFit(
  text: string,
  max: number,
  marker = ' … (cut; full text in civicmod)',
): string {
  const whole = escapeDiscordText(text);
  if (whole.length <= max) return whole;
  const budget = Math.max(0, max - marker.length);
  let out = '';
  for (const ch of text) {
    const escaped = escapeDiscordText(ch);
    if (out.length + escaped.length > budget) break;
    out += escaped;
  }
  return out + marker;
}
