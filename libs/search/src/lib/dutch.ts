/**
 * The language settings both adapters apply, so that the embedded engine and Meilisearch find the
 * same things: Dutch synonyms of the public sector (groups of equivalent terms, multi-word allowed)
 * and Dutch stop words.
 */

/**
 * Each group lists terms that mean the same; a query for one finds documents with any of them.
 * Compiled by the team from the terms used in gemeentelijke beleidsstukken (wetten and their
 * afkortingen, common variants). Lower case.
 */
export const DUTCH_SYNONYMS: readonly (readonly string[])[] = [
  ['wmo', 'wet maatschappelijke ondersteuning'],
  ['jeugdhulp', 'jeugdzorg'],
  ['res', 'regionale energiestrategie'],
  ['bijstand', 'participatiewet', 'bijstandsuitkering'],
  ['omgevingswet', 'ow'],
  ['bbv', 'besluit begroting en verantwoording'],
  ['avg', 'algemene verordening gegevensbescherming', 'privacywet'],
  ['wsw', 'wet sociale werkvoorziening', 'sociale werkvoorziening'],
  ['pgb', 'persoonsgebonden budget'],
  ['ozb', 'onroerendezaakbelasting'],
  ['woz', 'wet waardering onroerende zaken'],
  ['ggd', 'gemeentelijke gezondheidsdienst'],
  ['bag', 'basisregistratie adressen en gebouwen'],
  ['brp', 'basisregistratie personen'],
  ['schuldhulp', 'schuldhulpverlening', 'schuldsanering'],
  ['laadpaal', 'laadpunt', 'oplaadpunt'],
  ['zonnepanelen', 'pv-panelen', 'zonnepaneel'],
  ['wijkteam', 'sociaal wijkteam', 'buurtteam'],
  ['statushouder', 'vergunninghouder'],
  ['afval', 'huisvuil'],
  ['fiets', 'rijwiel'],
];

/**
 * Dutch stop words: the Snowball project's list (101 words), as packaged by `@orama/stopwords`.
 * Both adapters use this same list (Meilisearch gets it as its `stopWords` setting).
 */
export { stopwords as DUTCH_STOP_WORDS } from '@orama/stopwords/dutch';
