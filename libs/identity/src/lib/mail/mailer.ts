import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createTransport, Transporter } from 'nodemailer';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** The port through which the hub sends mail. */
export abstract class Mailer {
  abstract send(mail: Mail): Promise<void>;
}

/** The embedded default: each mail is a JSON file in a folder (MAIL_DIR), newest last by name. */
export class FileMailer extends Mailer {
  constructor(private readonly dir: string) {
    super();
  }
  async send(mail: Mail): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.json`;
    writeFileSync(
      join(this.dir, name),
      JSON.stringify({ ...mail, sentAt: new Date().toISOString() }, null, 2),
    );
  }
}

/** Production: SMTP through nodemailer (SMTP_URL, e.g. smtps://user:pass@mail.example.nl). */
export class SmtpMailer extends Mailer {
  private readonly transport: Transporter;
  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    this.transport = createTransport(url);
  }
  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }
}
