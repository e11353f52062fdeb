import { snippetParts } from './snippet';

/**
 * A snippet or suggestion from the search API with its matched words in `<mark>`: parsed into text
 * parts (see snippet.ts), never inserted as HTML.
 */
export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {snippetParts(html).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
