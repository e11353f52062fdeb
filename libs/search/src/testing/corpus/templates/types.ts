/**
 * The hand-written material that `generate.ts` turns into `documents.json`. Each topic holds the
 * texts of its questions, reports, expertise profiles and dossier; the generator adds the gemeenten,
 * dates, access keys and the common parts of a report's full text (method, colofon).
 *
 * Placeholders in texts: `{gemeente}` (the author's gemeente), `{buur}` (a buurgemeente that
 * answered), `{regio}` (the author's veiligheidsregio, as "de regio …"), `{jaar}` (the year).
 */

export type ReportKind = 'ONDERZOEK' | 'EVALUATIE' | 'MONITOR' | 'BELEIDSNOTA' | 'HANDREIKING';

/** Who may see an item (ADR 0008); the generator turns it into access keys. Default: drawn at random. */
export type AccessScope = 'PUBLIC' | 'MEMBERS' | 'NEIGHBOURS' | 'REGION' | 'PRIVATE';

interface ItemTemplate {
  /** Overrides the topic's taakvelden. */
  readonly domains?: readonly string[];
  /** Overrides the topic's tags. */
  readonly tags?: readonly string[];
  readonly year?: number;
  readonly access?: AccessScope;
  /** CBS code of the author's gemeente; default: drawn from the hub's gemeenten. */
  readonly gemeente?: string;
}

export interface QuestionTemplate extends ItemTemplate {
  readonly title: string;
  /** The question as the asker wrote it. */
  readonly text: string;
  /** The accepted answer (status `ANSWERED`); without it the question is `OPEN` (or `CLOSED`). */
  readonly answer?: string;
  readonly closed?: boolean;
}

export interface ReportTemplate extends ItemTemplate {
  readonly title: string;
  readonly kind: ReportKind;
  readonly summary: string;
  /** The report's own chapters (findings, conclusions, recommendations). */
  readonly paragraphs: readonly string[];
  /** Include the topic's background paragraphs in the full text (default true). */
  readonly background?: boolean;
  /** Overrides the topic's stakeholders in the method paragraph. */
  readonly stakeholders?: string;
  readonly status?: 'PUBLISHED' | 'SUBMITTED' | 'ARCHIVED';
  /** Published by the gemeente itself (default) or by a research institute. */
  readonly byInstitute?: boolean;
}

export interface ExpertTemplate extends ItemTemplate {
  /** "beleidsadviseur Wmo": completes "<name> werkt als <role> bij <organisation>." */
  readonly role: string;
  /** One or two sentences on what the person knows and has done. */
  readonly knows: string;
  /** A knowledge institution instead of a gemeente (then the profile has no gemeente). */
  readonly institute?: string;
  readonly keywords: readonly string[];
  readonly availability?: 'AVAILABLE' | 'LIMITED' | 'UNAVAILABLE';
}

export interface DossierTemplate extends ItemTemplate {
  readonly title: string;
  readonly intro: string;
  /** The coordinator's notes on the items in the dossier. */
  readonly notes: readonly string[];
}

export interface Topic {
  /** Short slug; document entity ids are `<key>-v1`, `<key>-r1`, `<key>-e1`, `<key>-d1`. */
  readonly key: string;
  /** BBV taakveld codes (from libs/directory/data/taakvelden.csv). */
  readonly domains: readonly string[];
  readonly tags: readonly string[];
  /** Who was interviewed or surveyed, for the method paragraph of reports. */
  readonly stakeholders: string;
  /** Context paragraphs shared by the topic's reports. */
  readonly background: readonly string[];
  readonly questions: readonly QuestionTemplate[];
  readonly reports: readonly ReportTemplate[];
  readonly experts: readonly ExpertTemplate[];
  readonly dossiers?: readonly DossierTemplate[];
}
