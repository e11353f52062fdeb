import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** The mails the hub wrote to its mail folder (the embedded FileMailer), oldest first. */
export function readMailbox(dir: string): SentMail[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SentMail);
}

/** The token in the last link mailed to this address (`?token=…`). */
export function lastTokenMailedTo(dir: string, to: string): string {
  const mail = readMailbox(dir)
    .filter((m) => m.to === to)
    .pop();
  const m = mail && /[?&]token=([^\s&]+)/.exec(mail.text);
  if (!m) throw new Error(`no link with a token was mailed to ${to}`);
  return decodeURIComponent(m[1]!);
}
