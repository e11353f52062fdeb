/**
 * HTML the API rendered from Markdown and sanitized on the way out (questions, answers, bios,
 * dossier introductions), in NL Design System's rich-text style.
 */
export function RichText({ html, id }: { html: string; id?: string }) {
  return (
    <div id={id} className="utrecht-rich-text ksp-rich-text" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
