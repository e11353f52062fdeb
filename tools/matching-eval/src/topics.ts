/**
 * The subjects of the generated corpus: BBV taakvelden with the words that beleidsmedewerkers use
 * for them. Topics of one family share much of their vocabulary (jeugdhulp lokaal, regionaal, met
 * verblijf), as real profiles and reports do: that is what makes text alone confuse them.
 */
export interface Topic {
  /** The BBV taakveld. */
  readonly code: string;
  /** Topics of one family are close (their experts can partly help each other). */
  readonly family: string;
  /** Keywords as a profile lists them (also a report's tags). */
  readonly keywords: readonly string[];
  /** What someone in this field works on: sentences for a bio. */
  readonly work: readonly string[];
  /** Subjects of reports. */
  readonly reports: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  // ---- jeugd ----------------------------------------------------------------------------------
  {
    code: '6.751',
    family: 'jeugd',
    keywords: ['jeugdhulp lokaal', 'wijkteam jeugd', 'praktijkondersteuner jeugd', 'opvoedondersteuning'],
    work: [
      'de lokale ambulante jeugdhulp via het jeugd- en gezinsteam',
      'de inzet van praktijkondersteuners jeugd bij huisartsen',
      'vroegsignalering en lichte opvoedondersteuning voor gezinnen',
      'korte lijnen tussen wijkteam, scholen en jeugdgezondheidszorg',
    ],
    reports: [
      'lokale jeugdhulp en het jeugd- en gezinsteam',
      'praktijkondersteuners jeugd bij de huisarts',
      'lichte opvoedondersteuning in de wijk',
    ],
  },
  {
    code: '6.752',
    family: 'jeugd',
    keywords: ['inkoop jeugdhulp', 'aanbesteding jeugdhulp', 'contractmanagement jeugd', 'jeugdregio'],
    work: [
      'de regionale inkoop van specialistische ambulante jeugdhulp',
      'aanbesteding en contractmanagement met jeugdhulpaanbieders in de jeugdregio',
      'tarieven en reële kostprijzen voor ambulante jeugdhulp',
      'de samenwerking van de gemeenten in de jeugdregio bij de inkoop',
    ],
    reports: [
      'regionale inkoop van ambulante jeugdhulp',
      'contractering van specialistische jeugdhulp in de jeugdregio',
      'tarieven en kostprijzen van ambulante jeugdhulp',
    ],
  },
  {
    code: '6.762',
    family: 'jeugd',
    keywords: ['pleegzorg', 'gezinshuizen', 'jeugdhulp met verblijf', 'residentiële jeugdzorg'],
    work: [
      'jeugdhulp met verblijf, pleegzorg en gezinshuizen in de regio',
      'de afbouw van residentiële jeugdzorg naar kleinschalige woonvormen',
      'werving en begeleiding van pleegouders',
      'regionale afspraken over verblijf en crisisplekken voor jeugdigen',
    ],
    reports: [
      'pleegzorg en gezinshuizen in de regio',
      'afbouw van residentiële jeugdzorg',
      'crisisplekken en verblijf voor jeugdigen',
    ],
  },
  {
    code: '6.821',
    family: 'jeugd',
    keywords: ['jeugdbescherming', 'veilig thuis', 'ondertoezichtstelling', 'gecertificeerde instelling'],
    work: [
      'jeugdbescherming en de samenwerking met de gecertificeerde instelling',
      'de keten van Veilig Thuis, de Raad voor de Kinderbescherming en het wijkteam',
      'ondertoezichtstellingen en uithuisplaatsingen',
      'wachttijden bij de jeugdbescherming',
    ],
    reports: [
      'de jeugdbeschermingsketen in de regio',
      'wachttijden bij jeugdbescherming en Veilig Thuis',
      'ondertoezichtstellingen en uithuisplaatsingen',
    ],
  },
  // ---- wmo ------------------------------------------------------------------------------------
  {
    code: '6.711',
    family: 'wmo',
    keywords: [
      'huishoudelijke hulp',
      'abonnementstarief',
      'eigen bijdrage wmo',
      'huishoudelijke ondersteuning',
    ],
    work: [
      'huishoudelijke hulp in de Wmo en de gevolgen van het abonnementstarief',
      'de inkoop van huishoudelijke ondersteuning bij thuiszorgaanbieders',
      'de eigen bijdrage en de groei van het aantal aanvragen voor huishoudelijke hulp',
      'indicatiestelling voor schoon en leefbaar huis',
    ],
    reports: [
      'huishoudelijke hulp onder het abonnementstarief',
      'de eigen bijdrage in de Wmo',
      'kwaliteit van huishoudelijke ondersteuning',
    ],
  },
  {
    code: '6.712',
    family: 'wmo',
    keywords: ['individuele begeleiding', 'ambulante begeleiding', 'wmo begeleiding', 'zelfredzaamheid'],
    work: [
      'individuele en ambulante begeleiding voor volwassenen in de Wmo',
      'resultaatgericht indiceren van begeleiding',
      'zelfredzaamheid en de inzet van begeleiding thuis',
      'het contractmanagement van Wmo-begeleiding',
    ],
    reports: [
      'ambulante begeleiding in de Wmo',
      'resultaatgericht werken in de Wmo-begeleiding',
      'zelfredzaamheid van inwoners met begeleiding',
    ],
  },
  {
    code: '6.713',
    family: 'wmo',
    keywords: ['dagbesteding', 'vervoer dagbesteding', 'algemene voorziening', 'arbeidsmatige dagbesteding'],
    work: [
      'dagbesteding voor ouderen en mensen met een beperking',
      'dagbesteding als algemene voorziening in de wijk',
      'het vervoer van en naar de dagbesteding',
      'arbeidsmatige dagbesteding en de overgang naar werk',
    ],
    reports: [
      'dagbesteding als algemene voorziening',
      'vervoer naar de dagbesteding',
      'arbeidsmatige dagbesteding',
    ],
  },
  {
    code: '6.811',
    family: 'wmo',
    keywords: [
      'beschermd wonen',
      'doordecentralisatie',
      'wonen met begeleiding',
      'uitstroom beschermd wonen',
    ],
    work: [
      'beschermd wonen en de doordecentralisatie naar alle gemeenten',
      'uitstroom uit beschermd wonen naar een gewone woning met begeleiding',
      'regionale afspraken tussen centrumgemeente en regiogemeenten',
      'wonen met begeleiding voor mensen met psychische problemen',
    ],
    reports: [
      'de doordecentralisatie van beschermd wonen',
      'uitstroom uit beschermd wonen',
      'wonen met begeleiding in de wijk',
    ],
  },
  {
    code: '6.21',
    family: 'wmo',
    keywords: ['wmo-loket', 'keukentafelgesprek', 'toegang wmo', 'cliëntondersteuning'],
    work: [
      'de toegang tot de Wmo en het keukentafelgesprek',
      'onafhankelijke cliëntondersteuning voor inwoners',
      'wachttijden bij het Wmo-loket en de meldingen',
      'integrale toegang in het sociaal domein',
    ],
    reports: [
      'de toegang tot de Wmo',
      'cliëntondersteuning in de gemeente',
      'het keukentafelgesprek in de praktijk',
    ],
  },
  {
    code: '6.1',
    family: 'participatie',
    keywords: ['mantelzorg', 'vrijwilligerswerk', 'respijtzorg', 'burgerinitiatief'],
    work: [
      'ondersteuning van mantelzorgers en respijtzorg',
      'vrijwilligerswerk en de vrijwilligerscentrale',
      'burgerinitiatieven en het right to challenge',
      'de mantelzorgwaardering en het bereik onder jonge mantelzorgers',
    ],
    reports: [
      'ondersteuning van mantelzorgers',
      'vrijwilligerswerk in de gemeente',
      'burgerinitiatieven en right to challenge',
    ],
  },
  // ---- werk en inkomen ----------------------------------------------------------------------
  {
    code: '6.3',
    family: 'werk-inkomen',
    keywords: ['bijstand', 'minimabeleid', 'bijzondere bijstand', 'armoedebeleid'],
    work: [
      'de uitvoering van de Participatiewet en de bijstandsuitkering',
      'minimabeleid, bijzondere bijstand en de individuele inkomenstoeslag',
      'armoedebeleid en het bereik van regelingen voor minima',
      'de energietoeslag en andere inkomensondersteuning',
    ],
    reports: [
      'het bereik van het minimabeleid',
      'bijzondere bijstand en inkomensondersteuning',
      'armoede onder werkende huishoudens',
    ],
  },
  {
    code: '6.5',
    family: 'werk-inkomen',
    keywords: ['re-integratie', 'werkgeversdienstverlening', 'loonkostensubsidie', 'statushouders werk'],
    work: [
      're-integratie van mensen in de bijstand naar werk',
      'werkgeversdienstverlening in de arbeidsmarktregio',
      'loonkostensubsidie en jobcoaching',
      'statushouders aan het werk met taal en werk tegelijk',
    ],
    reports: [
      're-integratie naar werk vanuit de bijstand',
      'werkgeversdienstverlening in de arbeidsmarktregio',
      'de inzet van loonkostensubsidie',
    ],
  },
  {
    code: '6.4',
    family: 'werk-inkomen',
    keywords: ['beschut werk', 'sociale werkvoorziening', 'sw-bedrijf', 'wsw'],
    work: [
      'beschut werk en de sociale werkvoorziening',
      'de toekomst van het sw-bedrijf in de regio',
      'doorstroom van beschut werk naar regulier werk',
      'de afbouw van de Wsw-populatie',
    ],
    reports: [
      'beschut werk in de praktijk',
      'de toekomst van het sw-bedrijf',
      'de afbouw van de sociale werkvoorziening',
    ],
  },
  // ---- fysiek ---------------------------------------------------------------------------------
  {
    code: '7.3',
    family: 'milieu',
    keywords: ['afvalscheiding', 'diftar', 'omgekeerd inzamelen', 'grondstoffen'],
    work: [
      'afvalscheiding en het grondstoffenbeleid',
      'diftar en omgekeerd inzamelen van huishoudelijk afval',
      'de inzameling en verwerking van plastic, glas en gft',
      'de aanbesteding van afvalinzameling en verwerking',
    ],
    reports: [
      'omgekeerd inzamelen van huishoudelijk afval',
      'diftar en de hoeveelheid restafval',
      'het grondstoffenbeleid',
    ],
  },
  {
    code: '7.4',
    family: 'milieu',
    keywords: ['regionale energiestrategie', 'warmtetransitie', 'luchtkwaliteit', 'geluidhinder'],
    work: [
      'de regionale energiestrategie en zon- en windprojecten',
      'de transitievisie warmte en aardgasvrije wijken',
      'luchtkwaliteit en geluidhinder',
      'duurzaamheid en de energietransitie in de gemeente',
    ],
    reports: [
      'de regionale energiestrategie',
      'aardgasvrije wijken en de warmtetransitie',
      'luchtkwaliteit en geluid',
    ],
  },
  {
    code: '8.3',
    family: 'ruimte',
    keywords: ['woningbouw', 'sociale huur', 'prestatieafspraken', 'woonvisie'],
    work: [
      'woningbouwprogrammering en de regionale woondeal',
      'prestatieafspraken met woningcorporaties over sociale huur',
      'de woonvisie en huisvesting van doelgroepen',
      'flexwonen en tijdelijke woningen',
    ],
    reports: [
      'woningbouw en de regionale woondeal',
      'prestatieafspraken met woningcorporaties',
      'flexwonen en tijdelijke woningen',
    ],
  },
  {
    code: '8.1',
    family: 'ruimte',
    keywords: ['omgevingswet', 'omgevingsvisie', 'omgevingsplan', 'participatie omgevingswet'],
    work: [
      'de invoering van de Omgevingswet',
      'de omgevingsvisie en het omgevingsplan',
      'participatie bij ruimtelijke plannen onder de Omgevingswet',
      'vergunningverlening in het nieuwe stelsel',
    ],
    reports: ['de invoering van de Omgevingswet', 'participatie onder de Omgevingswet', 'het omgevingsplan'],
  },
  {
    code: '2.1',
    family: 'verkeer',
    keywords: ['verkeersveiligheid', 'fietsbeleid', '30 km', 'mobiliteitsplan'],
    work: [
      'verkeersveiligheid en het verlagen van de snelheid naar 30 kilometer per uur',
      'het fietsbeleid en snelfietsroutes',
      'het mobiliteitsplan en schoolroutes',
      'verkeerscirculatie in de binnenstad',
    ],
    reports: [
      'verkeersveiligheid en 30 kilometer per uur',
      'snelfietsroutes in de regio',
      'het mobiliteitsplan',
    ],
  },
  {
    code: '2.2',
    family: 'verkeer',
    keywords: ['parkeerbeleid', 'vergunningparkeren', 'betaald parkeren', 'parkeernormen'],
    work: [
      'het parkeerbeleid en betaald parkeren',
      'vergunningparkeren in woonwijken',
      'parkeernormen bij nieuwbouw',
      'parkeren en deelmobiliteit',
    ],
    reports: ['betaald parkeren en vergunningen', 'parkeernormen bij nieuwbouw', 'parkeerdruk in woonwijken'],
  },
  {
    code: '1.2',
    family: 'veiligheid',
    keywords: ['ondermijning', 'cameratoezicht', 'woonoverlast', 'bibob'],
    work: [
      'de aanpak van ondermijning en georganiseerde criminaliteit',
      'cameratoezicht en handhaving in de openbare ruimte',
      'woonoverlast en de inzet van de burgemeestersbevoegdheden',
      'de Wet Bibob bij vergunningen',
    ],
    reports: [
      'de aanpak van ondermijning',
      'cameratoezicht in de openbare ruimte',
      'woonoverlast en handhaving',
    ],
  },
  {
    code: '0.2',
    family: 'burgerzaken',
    keywords: ['reisdocumenten', 'basisregistratie personen', 'digitale dienstverlening', 'adresonderzoek'],
    work: [
      'burgerzaken, reisdocumenten en rijbewijzen',
      'de basisregistratie personen en adresonderzoeken',
      'digitale dienstverlening aan de balie en online',
      'de piek in aanvragen voor paspoorten',
    ],
    reports: [
      'digitale dienstverlening van burgerzaken',
      'adresonderzoeken in de basisregistratie personen',
      'de piek in aanvragen van reisdocumenten',
    ],
  },
  {
    code: '4.3',
    family: 'onderwijs',
    keywords: ['leerplicht', 'voortijdig schoolverlaten', 'leerlingenvervoer', 'onderwijsachterstanden'],
    work: [
      'leerplicht en de aanpak van voortijdig schoolverlaten',
      'leerlingenvervoer naar het speciaal onderwijs',
      'onderwijsachterstandenbeleid en vroeg- en voorschoolse educatie',
      'thuiszitters en passend onderwijs',
    ],
    reports: [
      'voortijdig schoolverlaten',
      'het leerlingenvervoer',
      'onderwijsachterstanden en voorschoolse educatie',
    ],
  },
  {
    code: '7.1',
    family: 'gezondheid',
    keywords: ['gezondheidsbeleid', 'preventie', 'eenzaamheid', 'ggd'],
    work: [
      'het lokale gezondheidsbeleid en preventie',
      'de aanpak van eenzaamheid onder ouderen',
      'de samenwerking met de GGD en het gezondheidsakkoord',
      'alcohol- en drugspreventie onder jongeren',
    ],
    reports: [
      'de gezondheidsmonitor',
      'eenzaamheid onder ouderen',
      'preventie van alcoholgebruik onder jongeren',
    ],
  },
  {
    code: '5.1',
    family: 'sport',
    keywords: ['sportakkoord', 'buurtsportcoach', 'sportdeelname', 'bewegen'],
    work: [
      'het lokale sportakkoord en de buurtsportcoaches',
      'sportdeelname van kinderen uit gezinnen met weinig geld',
      'bewegen in de openbare ruimte',
      'de samenwerking met sportverenigingen',
    ],
    reports: ['het lokale sportakkoord', 'sportdeelname van kinderen', 'de inzet van buurtsportcoaches'],
  },
];

export const TOPIC_BY_CODE: ReadonlyMap<string, Topic> = new Map(TOPICS.map((t) => [t.code, t]));

/** Sentences any beleidsmedewerker might write; some carry words of other fields (inkoop, regio). */
export const GENERIC_WORK: readonly string[] = [
  'Werkt graag samen met andere gemeenten in de regio.',
  'Ervaring met beleidsevaluatie en monitoring.',
  'Schrijft mee aan de begroting en de verantwoording aan de raad.',
  'Was eerder adviseur bij een adviesbureau voor gemeenten.',
  'Aanspreekpunt voor de gemeenteraad en de wethouder.',
  'Betrokken bij de inkoop en aanbesteding van het sociaal domein.',
  'Denkt mee over regionale samenwerking en gemeenschappelijke regelingen.',
  'Heeft een achtergrond in bestuurskunde.',
  'Organiseert bijeenkomsten met inwoners en maatschappelijke partners.',
  'Zet data en onderzoek in voor beleid.',
];

export const ROLES: readonly string[] = [
  'Beleidsadviseur',
  'Senior beleidsmedewerker',
  'Projectleider',
  'Contractmanager',
  'Teamleider',
  'Strategisch adviseur',
  'Beleidsmedewerker',
  'Programmamanager',
];

export const FIRST_NAMES: readonly string[] = [
  'Anne',
  'Bas',
  'Carla',
  'Daan',
  'Eva',
  'Fleur',
  'Gert',
  'Hanna',
  'Iris',
  'Jeroen',
  'Karin',
  'Lars',
  'Marieke',
  'Niels',
  'Olga',
  'Pieter',
  'Roos',
  'Sander',
  'Thijs',
  'Ursula',
  'Vincent',
  'Wendy',
  'Yvonne',
  'Zeynep',
  'Mohamed',
  'Fatima',
  'Sanne',
  'Joost',
  'Ingrid',
  'Ruben',
];

export const LAST_NAMES: readonly string[] = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kok',
  'Jacobs',
  'Yilmaz',
  'El Amrani',
];
