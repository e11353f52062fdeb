import { docxOf, pdfOf as pdf } from '@ksp/testing';
import { BadUserInputError } from '@ksp/shared';
import { acceptedExtension, inspectDocument, normaliseText, TextStatus } from './document-text';

async function refusal(work: Promise<unknown>): Promise<BadUserInputError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadUserInputError);
  return error as BadUserInputError;
}

describe('inspectDocument', () => {
  it('extracts the text and page count of a PDF', async () => {
    const bytes = await pdf((d) => {
      d.text('Evaluatie jeugdhulp regio Utrecht');
      d.addPage().text('Één conclusie: wachttijden dalen.');
    });
    const result = await inspectDocument('evaluatie.PDF', bytes);
    expect(result).toMatchObject({
      extension: 'pdf',
      mediaType: 'application/pdf',
      textStatus: 'EXTRACTED',
      pageCount: 2,
    });
    expect(result.text).toContain('Evaluatie jeugdhulp regio Utrecht');
    expect(result.text).toContain('Één conclusie: wachttijden dalen.');
  });

  it('says NO_TEXT for a PDF without a text layer, such as a scan', async () => {
    const bytes = await pdf((d) => d.rect(72, 72, 200, 120).fill('#444'));
    expect(await inspectDocument('scan.pdf', bytes)).toMatchObject({
      textStatus: TextStatus.NO_TEXT,
      text: '',
      pageCount: 1,
    });
  });

  it('extracts the text of a DOCX', async () => {
    const result = await inspectDocument('nota.docx', await docxOf('Beleidsnota Wmo Zeist'));
    expect(result).toMatchObject({ extension: 'docx', textStatus: 'EXTRACTED', pageCount: null });
    expect(result.text).toBe('Beleidsnota Wmo Zeist');
  });

  it('refuses a file whose content does not match its name', async () => {
    const asPdf = await refusal(inspectDocument('nota.pdf', await docxOf('Beleidsnota')));
    expect(asPdf.message).toContain('Word-document (DOCX)');
    expect(asPdf.details).toMatchObject({
      argument: 'file',
      detected: expect.stringContaining('wordprocessingml'),
    });
    await refusal(inspectDocument('rapport.docx', await pdf((d) => d.text('x'))));
    await refusal(inspectDocument('rapport.pdf', Buffer.from('<html><body>geen pdf</body></html>')));
    await refusal(inspectDocument('rapport.pdf', Buffer.alloc(0)));
  });

  it('refuses a broken PDF or DOCX', async () => {
    const whole = await pdf((d) => d.text('Evaluatie'));
    expect((await refusal(inspectDocument('kapot.pdf', whole.subarray(0, 400)))).message).toContain(
      'geen leesbare PDF',
    );
    // A cut-off DOCX no longer looks like one (a broken zip): refused by type.
    await refusal(inspectDocument('kapot.docx', (await docxOf('Nota')).subarray(0, 300)));
  });
});

describe('acceptedExtension', () => {
  it('accepts .pdf and .docx names and refuses others', () => {
    expect(acceptedExtension('Monitor 2025.pdf')).toBe('pdf');
    expect(acceptedExtension('nota.DOCX')).toBe('docx');
    for (const bad of ['nota.doc', 'pdf', '.pdf', '../x.pdf', 'a\u0000.pdf', 'x'.repeat(201) + '.pdf', '']) {
      expect(() => acceptedExtension(bad)).toThrow(BadUserInputError);
    }
  });
});

describe('normaliseText', () => {
  it('folds blanks and empty lines and removes control characters', () => {
    expect(normaliseText('  a\u0000b\t\tc \r\n\r\n\r\n\n d  ')).toBe('a b c\n\nd');
  });
});
