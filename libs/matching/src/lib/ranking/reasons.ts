import type { GeoRelation, GeographyView } from './geography';
import type { BestProximity, TaxonomyView } from './taxonomy';
import type { TrackRecord } from '../matching.types';

/** The reasons of a match, in Dutch, as a person reads them next to it. */

function gemeente(code: string, g: GeographyView, capital: boolean): string {
  const name = g.municipalityName(code) ?? code;
  return `${capital ? 'Gemeente' : 'gemeente'} ${name}`;
}

/** "a, b en c". */
export function enumerate(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function domainLabel(code: string, t: TaxonomyView): string {
  const node = t.find(code);
  return node ? `${code} ${node.name}` : code;
}

/** "taakveld 6.752 Jeugdhulp ambulant regionaal", "verwant taakveld …", "hoofdstuk 6 Sociaal domein". */
export function policyDomainReason(best: BestProximity, t: TaxonomyView): string | null {
  if (!best.candidate || best.kind === 'NONE') return null;
  const code = best.candidate;
  switch (best.kind) {
    case 'SAME':
      return `taakveld ${domainLabel(code, t)}`;
    case 'SUCCESSOR':
    case 'SIBLING':
    case 'BRANCH':
      return `verwant taakveld ${domainLabel(code, t)}`;
    case 'HOOFDSTUK':
    case 'CHAPTER': {
      const chapter = code.includes('.') ? code.slice(0, code.indexOf('.')) : code;
      return `hoofdstuk ${domainLabel(chapter, t)}`;
    }
  }
}

/**
 * "Gemeente Zeist grenst aan uw gemeente"; relative to the viewer's own gemeente when the need is
 * theirs, else named ("… grenst aan gemeente Utrecht").
 */
export function geographyReason(
  rel: GeoRelation,
  origin: string | null,
  candidate: string | null,
  viewer: string | null,
  g: GeographyView,
): string | null {
  if (!origin || !candidate || rel.kind === 'NONE') return null;
  const yours = origin === viewer;
  const them = gemeente(candidate, g, true);
  switch (rel.kind) {
    case 'SAME':
      return yours ? `uit uw eigen gemeente (${g.municipalityName(origin) ?? origin})` : `uit ${them}`;
    case 'NEIGHBOUR':
      return `${them} grenst aan ${yours ? 'uw gemeente' : gemeente(origin, g, false)}`;
    case 'REGION': {
      const r = rel.region!;
      const what =
        r.kind === 'PROVINCE'
          ? `dezelfde provincie (${r.name})`
          : r.kind === 'VEILIGHEIDSREGIO'
            ? `dezelfde veiligheidsregio (${r.name})`
            : `dezelfde regio (${r.name})`;
      return `${them} ligt in ${what}${yours ? ' als uw gemeente' : ` als ${gemeente(origin, g, false)}`}`;
    }
  }
}

function duration(minutes: number): string {
  if (minutes < 90) return 'een uur';
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} uur`;
  const days = Math.ceil(minutes / (24 * 60));
  return days === 1 ? 'een dag' : `${days} dagen`;
}

/** "beantwoordde 4 vergelijkbare vragen (2 geaccepteerd)", "antwoordt meestal binnen 2 dagen". */
export function trackRecordReasons(r: TrackRecord, fastMinutes: number): string[] {
  if (r.answersGiven === 0) return [];
  const n = r.answersGiven;
  const out = [
    `beantwoordde ${n} vergelijkbare ${n === 1 ? 'vraag' : 'vragen'}${
      r.acceptedAnswers > 0 ? ` (${r.acceptedAnswers} geaccepteerd)` : ''
    }`,
  ];
  if (r.medianMinutesToFirstAnswer !== null && r.medianMinutesToFirstAnswer <= fastMinutes) {
    out.push(`antwoordt meestal binnen ${duration(r.medianMinutesToFirstAnswer)}`);
  }
  return out;
}

export function keywordReason(label: 'trefwoorden' | 'tags', hits: readonly string[]): string | null {
  return hits.length ? `${label}: ${hits.slice(0, 4).join(', ')}` : null;
}

/** "noemt inkoop, jeugdhulp en regionaal" (the words the search engine matched). */
export function textReason(subject: string, terms: readonly string[]): string | null {
  return terms.length ? `${subject} ${enumerate(terms.slice(0, 4))}` : null;
}

export function availabilityReasons(
  availability: string,
  openRouted: number,
  maxOpenQuestions: number,
): string[] {
  const out: string[] = [];
  if (availability === 'LIMITED') out.push('beperkt beschikbaar');
  if (availability === 'UNAVAILABLE') out.push('op dit moment niet beschikbaar');
  if (availability !== 'UNAVAILABLE') {
    if (maxOpenQuestions > 0 && openRouted >= maxOpenQuestions) {
      out.push(`heeft al het maximum aan open vragen (${maxOpenQuestions})`);
    } else if (openRouted > 0) {
      out.push(`heeft ${openRouted} van ${maxOpenQuestions} open vragen`);
    }
  }
  return out;
}
