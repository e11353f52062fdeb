import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

/**
 * A real PDF drawn by `draw`, for tests of uploads and text extraction. Uncompressed unless asked
 * for (`compress: true` gives the Flate-compressed streams most PDFs in the wild have).
 */
export function pdfOf(
  draw: (doc: PDFKit.PDFDocument) => void,
  options: { readonly compress?: boolean } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: options.compress ?? false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A real Word document (.docx) with one paragraph of `text`. */
export function docxOf(text: string): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }] }),
  );
}
