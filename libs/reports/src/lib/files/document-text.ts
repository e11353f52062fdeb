import { fileTypeFromBuffer } from 'file-type/core';
import { extractRawText } from 'mammoth';
import { definePDFJSModule, extractText, getDocumentProxy } from 'unpdf';
import { BadUserInputError } from '@ksp/shared';

/** The file types a report may have, by extension, with the media type their content must have. */
export const ACCEPTED_TYPES = {
  pdf: { mediaType: 'application/pdf', label: 'PDF' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word-document (DOCX)',
  },
} as const;
export type AcceptedExtension = keyof typeof ACCEPTED_TYPES;

export const TextStatus = {
  /** Text was found and stored. */
  EXTRACTED: 'EXTRACTED',
  /** The file has no text layer (a scanned PDF) or no text at all. */
  NO_TEXT: 'NO_TEXT',
} as const;
export type TextStatus = (typeof TextStatus)[keyof typeof TextStatus];

/** Stored text is capped (a book-length report is ~1–2 million characters). */
export const MAX_TEXT_LENGTH = 2_000_000;

export interface InspectedDocument {
  readonly extension: AcceptedExtension;
  readonly mediaType: string;
  readonly textStatus: TextStatus;
  /** Normalised text ('' for NO_TEXT). */
  readonly text: string;
  /** PDF only. */
  readonly pageCount: number | null;
}

// eslint-disable-next-line no-control-regex -- control characters are what the name may not have
const NAME = /^[^\\/\u0000-\u001f\u007f]{1,200}$/;

/**
 * The extension of an acceptable file name (`Evaluatie 2025.pdf` → pdf), or BAD_USER_INPUT: a name
 * of 1–200 characters without slashes or control characters, ending in .pdf or .docx.
 */
export function acceptedExtension(fileName: string, argument = 'fileName'): AcceptedExtension {
  const name = fileName.trim();
  if (!NAME.test(name) || name.startsWith('.')) {
    throw new BadUserInputError(
      'Geef een bestandsnaam van 1 tot 200 tekens, zonder schuine strepen of stuurtekens.',
      { argument, value: fileName },
    );
  }
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (!name.includes('.') || !(ext in ACCEPTED_TYPES)) {
    throw new BadUserInputError(
      `Alleen PDF- en Word-bestanden (.pdf, .docx) kunnen bij een rapport; '${name}' is dat niet.`,
      { argument, value: fileName },
    );
  }
  return ext as AcceptedExtension;
}

/**
 * Checks a file by its content (not its name) and extracts its text: the content must be a PDF or
 * DOCX, and the same type as the name's extension says. A PDF without a text layer (a scan) gives
 * NO_TEXT; a file that cannot be read gives BAD_USER_INPUT.
 */
export async function inspectDocument(fileName: string, bytes: Uint8Array): Promise<InspectedDocument> {
  const extension = acceptedExtension(fileName);
  const expected = ACCEPTED_TYPES[extension];
  const detected = bytes.length > 0 ? await fileTypeFromBuffer(bytes) : undefined;
  if (detected?.mime !== expected.mediaType) {
    const actual = Object.values(ACCEPTED_TYPES).find((t) => t.mediaType === detected?.mime);
    const what = actual
      ? `een ${actual.label}`
      : detected
        ? `een ${detected.ext.toUpperCase()}-bestand`
        : 'geen PDF of DOCX';
    throw new BadUserInputError(
      `Het bestand '${fileName}' is volgens zijn inhoud ${what}, maar de naam zegt ${expected.label}. ` +
        'Alleen PDF- en DOCX-bestanden met de juiste extensie worden aangenomen.',
      { argument: 'file', value: fileName, detected: detected?.mime ?? null },
    );
  }
  const { text, pageCount } =
    extension === 'pdf' ? await pdfText(fileName, bytes) : await docxText(fileName, bytes);
  const normalised = normaliseText(text);
  return {
    extension,
    mediaType: expected.mediaType,
    textStatus: normalised ? TextStatus.EXTRACTED : TextStatus.NO_TEXT,
    text: normalised,
    pageCount,
  };
}

/** NULs and other control characters out (PostgreSQL text cannot hold NUL), runs of blanks and empty lines folded, capped. */
export function normaliseText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, MAX_TEXT_LENGTH)
  );
}

let pdfjsReady: Promise<void> | null = null;
/**
 * unpdf's CommonJS build loads its PDF.js bundle with a dynamic import; naming the bundle here lets
 * the same code run under Node (require of an ES module) and Jest (which cannot import() from
 * CommonJS without a flag). The bundle's path is not in unpdf's exports map, hence the file path.
 */
function ensurePdfjs(): Promise<void> {
  pdfjsReady ??= definePDFJSModule(
    () => import(require.resolve('unpdf').replace(/index\.cjs$/, 'pdfjs.mjs')),
  );
  return pdfjsReady;
}

async function pdfText(fileName: string, bytes: Uint8Array): Promise<{ text: string; pageCount: number }> {
  await ensurePdfjs();
  try {
    // PDF.js takes ownership of the array it is given: pass a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
    try {
      const { totalPages, text } = await extractText(pdf, { mergePages: true });
      return { text, pageCount: totalPages };
    } finally {
      await pdf.destroy();
    }
  } catch (e) {
    const password = (e as { name?: string }).name === 'PasswordException';
    throw new BadUserInputError(
      password
        ? `Het bestand '${fileName}' is met een wachtwoord beveiligd; upload een versie zonder wachtwoord.`
        : `Het bestand '${fileName}' is geen leesbare PDF (beschadigd of onvolledig).`,
      { argument: 'file', value: fileName },
    );
  }
}

async function docxText(fileName: string, bytes: Uint8Array): Promise<{ text: string; pageCount: null }> {
  try {
    const result = await extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return { text: result.value, pageCount: null };
  } catch {
    throw new BadUserInputError(
      `Het bestand '${fileName}' is geen leesbaar Word-document (beschadigd of onvolledig).`,
      {
        argument: 'file',
        value: fileName,
      },
    );
  }
}
