import type { Topic } from './types';

/**
 * Fysiek domein: wonen, Omgevingswet, energie, mobiliteit, afval en riolering. Deliberate wording:
 * `energie-r1` says only "regionale energiestrategie" (never "RES"), `energie-r2` only "RES";
 * the laadpaal documents use the singular ("laadpaal", "laadpunt"), never "laadpalen"; no document
 * says "huisvuil" or uses "inzameling" as a word of its own (only in compounds such as
 * "afvalinzameling").
 */
export const FYSIEK: readonly Topic[] = [
  {
    key: 'wonen',
    domains: ['8.3', '8.2'],
    tags: ['woningbouw', 'wonen'],
    stakeholders: 'woningcorporaties, ontwikkelaars, huurdersorganisaties en woningzoekenden',
    background: [
      'Het Rijk en de provincies hebben met gemeenten afgesproken dat er tot 2030 bijna een miljoen woningen bij komen, waarvan twee derde betaalbaar. Gemeenten leggen hun bijdrage vast in een woningbouwprogramma en in prestatieafspraken met corporaties.',
      'Gemeenten sturen met een doelgroepenverordening, met erfpacht of grondprijsbeleid en met afspraken over de verdeling van sociale huur, middenhuur en koop. Tijdelijke woningen op braakliggende grond helpen om de wachttijd voor spoedzoekers te verkorten.',
    ],
    questions: [
      {
        title: 'Woningbouwprogramma: hoe sturen jullie op betaalbare woningen?',
        text: 'Ons woningbouwprogramma haalt het aandeel betaalbare woningen niet. Werken jullie met een doelgroepenverordening, en hoe houden jullie ontwikkelaars aan de afspraken?',
        answer:
          'Wij hebben een doelgroepenverordening waarin de maximale huurprijs en koopprijs voor betaalbare woningen zijn vastgelegd, met een instandhoudingstermijn van vijftien jaar. In de anterieure overeenkomst met de ontwikkelaar leggen we het programma per project vast. Zo halen we bij nieuwe projecten twee derde betaalbaar.',
        year: 2023,
      },
      {
        title: 'Welke beleidsregels hanteren jullie voor woningsplitsing en kamerverhuur?',
        text: 'Steeds meer eigenaren willen in {gemeente} een eengezinswoning omzetten naar appartementen of kamers. Welke regels en vergunningseisen hanteren jullie, en hoe voorkom je overlast in de buurt?',
        answer:
          'Wij staan woningsplitsing toe als de nieuwe woningen minimaal veertig vierkante meter zijn en er een buitenruimte is. Voor kamerverhuur met meer dan drie kamers is een vergunning nodig, met een toets op parkeren en leefbaarheid. Het beleid staat in het omgevingsplan.',
        year: 2021,
      },
      {
        title: 'Tijdelijke woningen op gemeentegrond: ervaringen?',
        text: 'Wij willen op een braakliggend terrein voor vijftien jaar tijdelijke woningen plaatsen. Wie heeft dit gedaan, en hoe hebben jullie de exploitatie rondgekregen?',
        answer:
          'Wij hebben met de corporatie zestig tijdelijke woningen geplaatst op een terrein dat pas over vijftien jaar wordt ontwikkeld. De corporatie huurt de grond voor een symbolisch bedrag. De woningen worden daarna verplaatst naar een andere locatie, wat de exploitatie sluitend maakt.',
        year: 2022,
      },
    ],
    reports: [
      {
        title: 'Woonvisie {gemeente} 2022-2030',
        kind: 'BELEIDSNOTA',
        year: 2022,
        summary:
          'De woonvisie beschrijft de woningbouwopgave tot 2030, de verdeling over sociale huur, middenhuur en koop, en de afspraken met corporaties over duurzaamheid en betaalbaarheid.',
        paragraphs: [
          'De gemeente wil tot 2030 ruim drieduizend woningen bouwen, waarvan dertig procent sociale huur en veertig procent betaalbare koop of middenhuur. Voor ouderen komen er meer levensloopbestendige woningen in de buurt van voorzieningen.',
          'De woonvisie kondigt een doelgroepenverordening en een opkoopbescherming aan, om te voorkomen dat goedkope koopwoningen worden verhuurd.',
        ],
      },
      {
        title: 'Woningbehoefteonderzoek regio Amersfoort',
        kind: 'ONDERZOEK',
        byInstitute: true,
        gemeente: 'GM0307',
        year: 2020,
        summary:
          'Het onderzoek raamt de woningbehoefte in de regio Amersfoort tot 2040 naar type woning, prijsklasse en doelgroep, en laat zien dat vooral kleine, betaalbare woningen voor één- en tweepersoonshuishoudens nodig zijn.',
        paragraphs: [
          'Het aantal huishoudens in de regio groeit tot 2040 met ruim twintigduizend. De groei bestaat vrijwel geheel uit één- en tweepersoonshuishoudens, voor een groot deel ouderen.',
          'Het onderzoek adviseert een groter aandeel appartementen, meer woningen voor jongeren en het stimuleren van doorstroming door geschikte woningen voor ouderen te bouwen.',
        ],
      },
      {
        title: 'Handreiking flexwonen voor gemeenten',
        kind: 'HANDREIKING',
        year: 2024,
        tags: ['flexwonen', 'spoedzoekers', 'woningbouw'],
        summary:
          'De handreiking beschrijft hoe gemeenten flexwoningen realiseren: van locatiekeuze en tijdelijke vergunning tot exploitatie en toewijzing aan spoedzoekers.',
        paragraphs: [
          'Flexwoningen zijn verplaatsbare woningen die tien tot vijftien jaar op een locatie staan. De grootste knelpunten zijn het vinden van een locatie en bezwaren van omwonenden.',
          'De handreiking bevat een rekenmodel voor de exploitatie en voorbeelden van toewijzingsregels voor spoedzoekers, statushouders en jongeren.',
        ],
      },
    ],
    experts: [
      {
        role: 'programmamanager wonen',
        knows:
          'Zij leidt het woningbouwprogramma, maakt prestatieafspraken met corporaties en heeft ervaring met doelgroepenverordeningen en flexwonen.',
        keywords: ['woningbouwprogramma', 'prestatieafspraken', 'doelgroepenverordening'],
      },
    ],
    dossiers: [
      {
        title: 'Betaalbaar bouwen en flexwonen',
        intro:
          'Hoe sturen gemeenten op betaalbare woningen? Woonvisies, woningbehoefteonderzoek, doelgroepenverordeningen en ervaringen met tijdelijke woningen op braakliggende grond.',
        notes: [
          'Het woningbehoefteonderzoek van de regio Amersfoort is een goed voorbeeld van een regionale raming.',
        ],
        year: 2024,
      },
    ],
  },
  {
    key: 'omgevingswet',
    domains: ['8.1'],
    tags: ['omgevingswet', 'omgevingsplan'],
    stakeholders: 'initiatiefnemers, omwonenden, vergunningverleners en de omgevingsdienst',
    background: [
      'De Omgevingswet is op 1 januari 2024 in werking getreden. Gemeenten hebben tot 2032 de tijd om een volledig omgevingsplan vast te stellen. Tot die tijd bestaat het plan uit de oude bestemmingsplannen en de bruidsschat: regels die het Rijk aan gemeenten heeft overgedragen.',
      'De wet vraagt initiatiefnemers om de omgeving te betrekken bij hun plannen. Gemeenten kunnen voor bepaalde activiteiten participatie verplicht stellen en bepalen zelf hoe zij de kwaliteit van participatie beoordelen.',
    ],
    questions: [
      {
        title: 'Participatie onder de Omgevingswet: wat vragen jullie van initiatiefnemers?',
        text: 'Wij willen voor grote projecten participatie verplicht stellen. Welke activiteiten hebben jullie aangewezen, en hoe beoordelen jullie of de participatie voldoende was?',
        answer:
          'Wij hebben participatie verplicht gesteld voor buitenplanse omgevingsplanactiviteiten met grote impact, zoals hoogbouw en windturbines. Initiatiefnemers leveren een participatieverslag aan. We beoordelen niet het resultaat, wel of omwonenden tijdig zijn geïnformeerd en hun reacties zijn meegewogen.',
        year: 2024,
      },
      {
        title: 'Omgevingsvergunning binnen acht weken: lukt dat bij jullie?',
        text: 'Sinds de Omgevingswet geldt voor de meeste aanvragen een termijn van acht weken. Wij halen dat niet altijd, vooral niet bij advies van de omgevingsdienst. Hoe houden jullie de termijn?',
        answer:
          'Wij houden voor elke aanvraag een vooroverleg, zodat de aanvraag bij indiening compleet is. De omgevingsdienst heeft vaste afspraken over adviestermijnen. Daarmee halen we ruim negentig procent van de omgevingsvergunningen binnen de termijn.',
        year: 2025,
      },
      {
        title: 'Hoe schonen jullie de bruidsschat op in het omgevingsplan?',
        text: 'Welke regels uit de bruidsschat hebben jullie geschrapt of aangepast, en in welke volgorde pakken jullie het omgevingsplan aan?',
        year: 2025,
      },
    ],
    reports: [
      {
        title: 'Handreiking participatie bij omgevingsvergunningen',
        kind: 'HANDREIKING',
        byInstitute: true,
        year: 2023,
        summary:
          'De handreiking helpt gemeenten en initiatiefnemers om participatie goed te organiseren: wie betrek je, wanneer, en hoe leg je de uitkomsten vast?',
        paragraphs: [
          'Goede participatie begint vroeg, voordat het ontwerp vastligt. De handreiking onderscheidt informeren, raadplegen, meedenken en meebeslissen, en geeft per type project een passend niveau.',
          'Het participatieverslag beschrijft wie is betrokken, welke reacties er waren en wat daarmee is gedaan. De gemeente gebruikt het verslag bij de belangenafweging.',
        ],
      },
      {
        title: 'Eerste jaar Omgevingswet: doorlooptijden van omgevingsvergunningen',
        kind: 'MONITOR',
        year: 2025,
        summary:
          'De monitor vergelijkt de doorlooptijden van vergunningaanvragen voor en na de invoering van de Omgevingswet. De gemiddelde doorlooptijd steeg in het eerste halfjaar, maar daalde daarna weer.',
        paragraphs: [
          'In het eerste halfjaar kwamen minder aanvragen binnen dan verwacht en waren veel aanvragen onvolledig. De doorlooptijd liep op door problemen met het Digitaal Stelsel Omgevingswet.',
          'De monitor adviseert vooroverleg te stimuleren en de samenwerking met de omgevingsdienst in vaste werkafspraken vast te leggen.',
        ],
      },
      {
        title: 'Omgevingsvisie {gemeente} 2040',
        kind: 'BELEIDSNOTA',
        year: 2022,
        summary:
          'De omgevingsvisie beschrijft de lange termijn voor de fysieke leefomgeving: waar gebouwd wordt, hoe het landschap wordt beschermd en hoe de gemeente zich voorbereidt op klimaatverandering.',
        paragraphs: [
          'De gemeente bouwt vooral binnen de bestaande kernen en beschermt het open landschap. Nieuwe bedrijventerreinen komen alleen bij de snelweg.',
          'De visie is opgesteld met inwoners, ondernemers en maatschappelijke organisaties in een reeks bijeenkomsten en een online raadpleging.',
        ],
      },
    ],
    experts: [
      {
        role: 'jurist omgevingsrecht',
        knows:
          'Hij adviseert over het omgevingsplan, de bruidsschat en vergunningprocedures onder de Omgevingswet en geeft trainingen aan vergunningverleners.',
        keywords: ['omgevingsplan', 'bruidsschat', 'vergunningverlening'],
      },
      {
        role: 'adviseur participatie',
        knows:
          'Zij ontwierp het participatiebeleid onder de Omgevingswet en begeleidt initiatiefnemers en omwonenden bij grote bouwprojecten.',
        keywords: ['participatie', 'omgevingsgesprek', 'initiatiefnemers'],
      },
    ],
    dossiers: [
      {
        title: 'Omgevingswet in de praktijk',
        intro:
          'Ervaringen van gemeenten met de Omgevingswet: participatie, doorlooptijden van vergunningen en het opstellen van het omgevingsplan.',
        notes: ['De monitor laat zien dat vooroverleg de doorlooptijd sterk verkort.'],
        year: 2025,
      },
    ],
  },
  {
    key: 'energie',
    domains: ['7.4', '8.1'],
    tags: ['energietransitie', 'warmtetransitie'],
    stakeholders: 'netbeheerders, energiecoöperaties, bewoners en woningcorporaties',
    background: [
      'In het Klimaatakkoord is afgesproken dat dertig energieregio’s een regionale energiestrategie opstellen, met zoekgebieden voor wind- en zonne-energie. Gemeenten leggen daarnaast in een transitievisie warmte vast welke wijken wanneer van het aardgas af gaan.',
      'Netcongestie is een groeiend probleem: het stroomnet kan in veel gebieden geen nieuwe grote opwek of afname meer aan. Lokaal eigendom van projecten, via energiecoöperaties, vergroot het draagvlak.',
    ],
    questions: [
      {
        title: 'Lokaal eigendom bij windturbines: hoe borgen jullie vijftig procent?',
        text: 'In onze regio is afgesproken dat nieuwe projecten voor de helft in lokaal eigendom komen. Hoe borgen jullie dat in de vergunning of in afspraken met de ontwikkelaar?',
        answer:
          'Wij hebben lokaal eigendom opgenomen in het beleidskader voor windturbines: een vergunning wordt alleen verleend als de ontwikkelaar een samenwerkingsovereenkomst heeft met de lokale energiecoöperatie. Daarnaast storten initiatiefnemers een bijdrage in een omgevingsfonds.',
        year: 2022,
      },
      {
        title: 'Transitievisie warmte: hoe kiezen jullie de eerste wijken?',
        text: 'Wij actualiseren onze transitievisie warmte. Op basis van welke criteria hebben jullie de eerste wijken gekozen die aardgasvrij worden?',
        answer:
          'Wij kozen wijken waar een warmtenet kan aansluiten op restwarmte, waar de corporatie veel woningen bezit en waar de straat toch open moet voor vervanging van de riolering. Combineren met andere werkzaamheden scheelt veel kosten en overlast.',
        year: 2021,
      },
      {
        title: 'Hoe betrekken jullie bewoners bij een aardgasvrije wijk?',
        text: 'Bewoners in onze proefwijk zijn kritisch over de kosten. Hoe hebben jullie bewoners betrokken, en wat bood je aan huiseigenaren?',
        answer:
          'Wij werken met buurtambassadeurs en een energiecoach die gratis langskomt. Huiseigenaren kunnen een duurzaamheidslening afsluiten tegen een lage rente. Belangrijk was ook eerlijk te zijn over wat nog niet bekend is.',
        year: 2023,
      },
    ],
    reports: [
      {
        title: 'Windturbines in de regionale energiestrategie: zoekgebieden en afstanden',
        kind: 'BELEIDSNOTA',
        year: 2021,
        tags: ['energietransitie', 'windenergie'],
        background: false,
        stakeholders: 'omwonenden, energiecoöperaties en de netbeheerder',
        summary:
          'De nota beschrijft de zoekgebieden voor windturbines die de gemeente inbrengt in de regionale energiestrategie, de afstand tot woningen en de eisen aan geluid, slagschaduw en lokaal eigendom.',
        paragraphs: [
          'De gemeente wijst twee zoekgebieden aan langs de snelweg en bij het bedrijventerrein. De minimale afstand tot woningen is vier keer de tiphoogte. Voor geluid gelden de nieuwe landelijke normen.',
          'Bij elk project moet ten minste de helft in lokaal eigendom komen. De gemeente organiseert in beide zoekgebieden informatieavonden en een omgevingsoverleg met omwonenden.',
        ],
      },
      {
        title: 'Participatie van inwoners bij de RES 1.0',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2022,
        tags: ['energietransitie', 'participatie'],
        background: false,
        stakeholders: 'inwoners, raadsleden en energiecoöperaties',
        summary:
          'Hoe zijn inwoners betrokken bij het opstellen van de RES 1.0, en wat hebben zij ervan gemerkt? Het onderzoek laat zien dat participatie vooral via georganiseerde groepen verliep.',
        paragraphs: [
          'De meeste RES-regio’s organiseerden bijeenkomsten voor belangenorganisaties en energiecoöperaties. Individuele inwoners en jongeren waren nauwelijks betrokken. Raadsleden voelden zich laat geïnformeerd.',
          'Voor de RES 2.0 adviseert het onderzoek om per zoekgebied met omwonenden in gesprek te gaan, een burgerberaad te overwegen en de gemeenteraad vanaf het begin mee te nemen.',
        ],
      },
      {
        title: 'Transitievisie warmte {gemeente}',
        kind: 'BELEIDSNOTA',
        year: 2021,
        summary:
          'De transitievisie warmte beschrijft per wijk het meest waarschijnlijke alternatief voor aardgas en de volgorde waarin wijken aan de beurt zijn. Tot 2030 starten vier wijken.',
        paragraphs: [
          'In de naoorlogse wijken met veel corporatiewoningen ligt een warmtenet voor de hand. In de buitengebieden en de nieuwere wijken gaan woningen over op all-electric met een warmtepomp.',
          'De gemeente stelt per wijk een wijkuitvoeringsplan op, samen met bewoners, de netbeheerder en de corporatie.',
        ],
      },
      {
        title: 'Voortgang aardgasvrije wijken 2025',
        kind: 'MONITOR',
        year: 2025,
        summary:
          'De monitor beschrijft de voortgang in de vier proefwijken: het aantal woningen dat van het aardgas af is, de kosten per woning en de tevredenheid van bewoners.',
        paragraphs: [
          'In vier jaar zijn ruim zeshonderd woningen aardgasvrij gemaakt, vooral huurwoningen. Bij koopwoningen blijft de deelname achter door de hoge kosten en de onzekerheid over het warmtenet.',
          'De monitor adviseert de duurzaamheidslening uit te breiden en isolatie voorrang te geven.',
        ],
      },
    ],
    experts: [
      {
        role: 'energiecoördinator',
        knows:
          'Hij vertegenwoordigt zijn gemeente in de RES-regio, begeleidt wind- en zonprojecten en kent de regels voor lokaal eigendom en omgevingsfondsen.',
        keywords: ['windenergie', 'zonneparken', 'lokaal eigendom'],
      },
      {
        role: 'adviseur warmtetransitie',
        institute: 'Expertisebureau Duurzame Leefomgeving',
        knows:
          'Zij begeleidt gemeenten bij transitievisies warmte en wijkuitvoeringsplannen, en rekent warmtenetten en all-electric oplossingen door.',
        keywords: ['warmtenet', 'wijkuitvoeringsplan', 'aardgasvrij'],
      },
    ],
    dossiers: [
      {
        title: 'RES en warmtetransitie',
        intro:
          'Een dossier over de energietransitie in de regio: de RES, zoekgebieden voor wind en zon, lokaal eigendom en de overstap van wijken naar aardgasvrij.',
        notes: ['Het onderzoek naar participatie bij de RES 1.0 geeft lessen voor de volgende ronde.'],
        year: 2023,
      },
    ],
  },
  {
    key: 'laadpaal',
    domains: ['2.1', '7.4'],
    tags: ['elektrisch vervoer', 'laadinfrastructuur'],
    stakeholders: 'berijders van elektrische auto’s, laadpaalexploitanten en de netbeheerder',
    background: [
      'Het aantal elektrische auto’s groeit snel. Gemeenten laten een openbare laadpaal plaatsen op aanvraag van bewoners en steeds vaker vooraf, op basis van een prognose. Een concessie met een exploitant regelt de plaatsing en het beheer.',
    ],
    questions: [
      {
        title: 'Openbare laadpaal aanvragen: welke criteria hanteren jullie?',
        text: 'Bewoners van {gemeente} kunnen een openbare laadpaal aanvragen. Welke criteria gebruiken jullie, zoals loopafstand en bezetting van bestaande punten, en hoe lang duurt het voordat de paal er staat?',
        answer:
          'Een aanvraag wordt gehonoreerd als er binnen 250 meter geen laadpunt is met een bezetting onder de zeventig procent. De exploitant plaatst de paal binnen twaalf weken, afhankelijk van de netbeheerder. Aanvragen gaan via een online formulier.',
        year: 2021,
      },
      {
        title: 'Mag een bewoner een laadkabel over de stoep leggen naar de eigen auto?',
        text: 'Steeds meer bewoners zonder eigen oprit vragen of ze een laadkabel over de stoep mogen leggen. Staan jullie een kabelgoot toe, en onder welke voorwaarden?',
        answer:
          'Wij staan een kabelgoot in de stoep toe als proef, met een vergunning en een vaste aansluiting in de gevel. De bewoner is aansprakelijk voor schade. Losse kabels over de stoep staan we niet toe vanwege het risico op struikelen.',
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Laadvisie {gemeente}: een laadpunt binnen 250 meter',
        kind: 'BELEIDSNOTA',
        year: 2022,
        summary:
          'De laadvisie beschrijft hoe de gemeente zorgt voor voldoende laadinfrastructuur tot 2030: proactieve plaatsing, snellaadpleinen en laden bij bedrijven en woningen.',
        paragraphs: [
          'De gemeente verwacht in 2030 ruim achtduizend elektrische auto’s. Daarvoor zijn ongeveer vijftienhonderd openbare laadpunten nodig. Een openbare laadpaal wordt voortaan vooraf geplaatst op basis van een prognose.',
          'Om netcongestie te voorkomen, werkt de gemeente met slim laden: openbare laadpunten laden langzamer tijdens de piek in de avond.',
        ],
      },
      {
        title: 'Evaluatie van de concessie voor de openbare laadpaal',
        kind: 'EVALUATIE',
        year: 2025,
        summary:
          'De evaluatie van de concessie met de laadpaalexploitant laat zien dat de plaatsing sneller verloopt dan voorheen, maar dat de tarieven voor gebruikers sterk verschillen.',
        paragraphs: [
          'Gemiddeld staat een aangevraagde laadpaal er na tien weken. De beschikbaarheid van de palen is hoog, maar gebruikers klagen over hoge kosten per kilowattuur bij sommige aanbieders.',
          'Bij de volgende concessie wil de gemeente een maximumtarief afspreken en eisen stellen aan de vindbaarheid van storingen.',
        ],
      },
    ],
    experts: [
      {
        role: 'projectleider elektrisch vervoer',
        knows:
          'Zij stelde de laadvisie van haar gemeente op en begeleidde de aanbesteding van de concessie voor publieke laadinfrastructuur.',
        keywords: ['laadinfrastructuur', 'concessie', 'slim laden'],
      },
    ],
  },
  {
    key: 'afval',
    domains: ['7.3'],
    tags: ['afval', 'grondstoffen'],
    stakeholders: 'bewoners, de afvalinzamelaar en beheerders van appartementencomplexen',
    background: [
      'Gemeenten moeten de hoeveelheid restafval terugdringen: het landelijke doel is honderd kilo per inwoner per jaar. Diftar, waarbij inwoners betalen per lediging of per kilo restafval, en omgekeerde afvalinzameling zijn de meest gebruikte instrumenten.',
      'De afvalstoffenheffing moet kostendekkend zijn. De stijgende verbrandingsbelasting en lagere opbrengsten van papier en plastic maken afval voor inwoners duurder.',
    ],
    questions: [
      {
        title: 'Diftar invoeren: wat betekent dat voor de afvalstoffenheffing?',
        text: 'Wij overwegen diftar in te voeren. Hoe hebben jullie de afvalstoffenheffing opgebouwd, met een vast en een variabel deel? En hoe voorkom je illegale dumpingen?',
        answer:
          'Onze afvalstoffenheffing bestaat uit een vast deel van ruim tweehonderd euro en een bedrag per lediging van de restafvalcontainer. In het eerste jaar daalde het restafval met veertig procent. Illegale dumpingen namen kort toe; met handhaving en camera’s op hotspots is dat weer afgenomen.',
        year: 2019,
      },
      {
        title: 'Afval scheiden bij hoogbouw: wat werkt?',
        text: 'In onze flats wordt nauwelijks afval gescheiden. Welke maatregelen hebben bij jullie gewerkt? Denk aan extra containers, beloningen of voorlichting aan de deur.',
        answer:
          'Bij ons werkte een combinatie: containers voor gft, papier en plastic op loopafstand bij de ingang, een afvalcoach die huis aan huis langsging en duidelijke stickers in meerdere talen. Het scheidingspercentage in de proefflats steeg van vijftien naar veertig procent.',
        year: 2022,
      },
      {
        title: 'Omgekeerde afvalinzameling: ervaringen met ondergrondse containers voor restafval?',
        text: 'Wij willen de minicontainer voor restafval vervangen door ondergrondse containers in de wijk. Hoe hebben bewoners gereageerd, en hoe groot is de loopafstand bij jullie?',
        answer:
          'Wij hanteren een maximale loopafstand van 250 meter. Ouderen en mensen met een beperking kunnen een uitzondering aanvragen. Na de eerste weerstand accepteren de meeste bewoners het; het restafval daalde met een derde.',
        year: 2020,
      },
    ],
    reports: [
      {
        title: 'Evaluatie diftar {gemeente}: minder restafval',
        kind: 'EVALUATIE',
        year: 2021,
        summary:
          'Twee jaar na de invoering van diftar is het restafval per inwoner gehalveerd. De evaluatie beschrijft de effecten op de afvalstoffenheffing, dumpingen en de tevredenheid van inwoners.',
        paragraphs: [
          'De hoeveelheid restafval daalde van 210 naar 105 kilo per inwoner. Huishoudens die goed scheiden betalen minder afvalstoffenheffing dan voorheen; grote gezinnen betalen soms meer.',
          'De evaluatie adviseert een tegemoetkoming voor inwoners met medisch afval, zoals incontinentiemateriaal, en extra aandacht voor hoogbouw.',
        ],
      },
      {
        title: 'Kosten van afval en de afvalstoffenheffing in de regio',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2023,
        summary:
          'Het onderzoek vergelijkt de kosten van afval en de hoogte van de afvalstoffenheffing in twaalf gemeenten en verklaart de verschillen.',
        paragraphs: [
          'De afvalstoffenheffing varieert van 240 tot 390 euro per huishouden. Gemeenten met diftar en omgekeerde afvalinzameling hebben lagere verwerkingskosten, maar hogere kosten voor de logistiek.',
          'De verbrandingsbelasting is de snelst stijgende kostenpost. Het onderzoek adviseert gemeenten om gezamenlijk contracten voor verwerking af te sluiten.',
        ],
      },
      {
        title: 'Grondstoffenplan 2025-2030: van afvalinzameling naar grondstoffen',
        kind: 'BELEIDSNOTA',
        year: 2025,
        summary:
          'Het grondstoffenplan legt de doelen voor 2030 vast: minder dan honderd kilo restafval per inwoner, meer hergebruik via de kringloop en een betere afvalinzameling bij hoogbouw.',
        paragraphs: [
          'De gemeente breidt de textielinzameling uit en opent een tweede milieustraat met een kringloopwinkel. Bedrijven in de binnenstad worden gestimuleerd om hun afval gezamenlijk te laten ophalen.',
          'Voor hoogbouw komt er maatwerk per complex, in overleg met de bewoners en de corporatie.',
        ],
      },
    ],
    experts: [
      {
        role: 'beleidsadviseur afval en grondstoffen',
        knows:
          'Hij voerde diftar in bij twee gemeenten, kent de opbouw van de afvalstoffenheffing en adviseert over afvalscheiding bij hoogbouw.',
        keywords: ['diftar', 'afvalstoffenheffing', 'hoogbouw'],
      },
      {
        role: 'afvalcoach',
        knows:
          'Zij gaat in flats en hoogbouwwijken langs de deur om bewoners te helpen met afval scheiden, en adviseert over de plaatsing van containers.',
        keywords: ['afvalscheiding', 'hoogbouw', 'bewonerscontact'],
        availability: 'LIMITED',
      },
    ],
    dossiers: [
      {
        title: 'Afvalinzameling en diftar',
        intro:
          'Wat werkt om restafval te verminderen? Evaluaties van diftar, ervaringen met omgekeerde afvalinzameling en vergelijkingen van de afvalstoffenheffing.',
        notes: ['Het regionale kostenonderzoek verklaart de verschillen in de afvalstoffenheffing.'],
        year: 2023,
      },
    ],
  },
  {
    key: 'riolering',
    domains: ['7.2'],
    tags: ['riolering', 'klimaatadaptatie'],
    stakeholders: 'het waterschap, bewoners, ontwikkelaars en de rioolbeheerder',
    background: [
      'Gemeenten hebben een zorgplicht voor de afvoer van afvalwater, hemelwater en grondwater. Zij leggen hun beleid vast in een gemeentelijk rioleringsplan of in een programma water en riolering onder de Omgevingswet. Door hevigere buien wordt afkoppelen van hemelwater steeds belangrijker.',
    ],
    questions: [
      {
        title: 'Subsidie voor het afkoppelen van hemelwater door particulieren?',
        text: 'Wij willen inwoners stimuleren om de regenpijp af te koppelen van het riool. Geven jullie subsidie, en hoeveel huishoudens maken er gebruik van?',
        answer:
          'Wij geven een subsidie van twintig euro per vierkante meter afgekoppeld dak, tot een maximum van duizend euro. Ook regentonnen en groene daken komen in aanmerking. Jaarlijks maken ongeveer driehonderd huishoudens er gebruik van.',
        year: 2020,
      },
      {
        title: 'Stellen jullie het programma water en riolering zelf op of extern?',
        text: 'Ons rioleringsplan loopt af. Hebben jullie het nieuwe programma zelf geschreven of een bureau ingehuurd, en hoe hebben jullie het waterschap betrokken?',
        answer:
          'Wij hebben het programma zelf geschreven, met een bureau voor de doorrekening van de rioolheffing. Het waterschap zat in de projectgroep. Dat hielp om de afspraken over afvalwater en de zuivering direct mee te nemen.',
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Programma water en riolering 2024-2028',
        kind: 'BELEIDSNOTA',
        year: 2024,
        summary:
          'Het programma beschrijft hoe de gemeente de komende jaren invulling geeft aan de zorgplichten voor afvalwater, hemelwater en grondwater, en wat dat betekent voor de rioolheffing.',
        paragraphs: [
          'De gemeente vervangt jaarlijks ongeveer vier kilometer riolering, bij voorkeur gelijktijdig met ander werk in de straat. Bij vervanging wordt het hemelwater afgekoppeld.',
          'De rioolheffing stijgt de komende vijf jaar met gemiddeld drie procent per jaar om de investeringen in klimaatadaptatie te betalen.',
        ],
      },
      {
        title: 'Stresstest wateroverlast {gemeente}',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2019,
        summary:
          'De stresstest laat zien waar in de gemeente wateroverlast ontstaat bij extreme buien, en welke straten en gebouwen kwetsbaar zijn.',
        paragraphs: [
          'Bij een bui van zeventig millimeter in een uur staan in de binnenstad en twee woonwijken straten onder water. Een verpleeghuis en een basisschool liggen op een laag punt.',
          'Het rapport adviseert meer groen en wadi’s in de kwetsbare wijken en het verhogen van drempels bij de kwetsbare gebouwen.',
        ],
      },
    ],
    experts: [
      {
        role: 'rioleringsbeheerder',
        knows:
          'Hij beheert het rioolstelsel, stelde het programma water en riolering op en werkt nauw samen met het waterschap aan klimaatadaptatie.',
        keywords: ['rioolbeheer', 'afkoppelen', 'wateroverlast'],
      },
    ],
  },
  {
    key: 'parkeren',
    domains: ['2.2', '0.63'],
    tags: ['parkeren', 'mobiliteit'],
    stakeholders: 'bewoners, ondernemers, bezoekers en de parkeerhandhaving',
    background: [
      'Gemeenten reguleren parkeren met betaald parkeren, vergunningen en blauwe zones. Bij nieuwe woningbouw bepalen parkeernormen hoeveel parkeerplaatsen een ontwikkelaar moet realiseren. Steeds meer gemeenten verlagen die normen bij goede bereikbaarheid met openbaar vervoer en deelauto’s.',
    ],
    questions: [
      {
        title: 'Parkeernormen bij woningbouw in de binnenstad',
        text: 'Ontwikkelaars vragen om lagere parkeernormen in de binnenstad. Hanteren jullie lagere normen bij deelauto’s of goede bereikbaarheid met het openbaar vervoer?',
        answer:
          'Wij hanteren in de binnenstad een norm van 0,5 parkeerplaats per woning, en mag de ontwikkelaar die verder verlagen met deelauto’s: één deelauto vervangt vier plekken. Nieuwe bewoners krijgen geen parkeervergunning voor de straat.',
        year: 2023,
      },
      {
        title: 'Parkeervergunningen voor deelauto’s in vergunninggebied',
        text: 'Aanbieders van deelauto’s willen vaste plekken in ons vergunninggebied. Hoe regelen jullie dat?',
        answer:
          'Wij geven een deelautovergunning per aanbieder, met een maximum aantal auto’s per wijk en gereserveerde plekken bij de grote woongebouwen. De aanbieder betaalt een vast bedrag per auto per jaar.',
        year: 2021,
      },
    ],
    reports: [
      {
        title: 'Parkeerbeleid binnenstad {gemeente} 2024',
        kind: 'BELEIDSNOTA',
        year: 2024,
        summary:
          'Het parkeerbeleid voor de binnenstad verplaatst auto’s van de straat naar garages aan de rand, met lagere tarieven in de garages en meer ruimte voor groen en fietsers.',
        paragraphs: [
          'Het straatparkeren in de binnenstad wordt in vier jaar gehalveerd. Bewoners krijgen een garageabonnement tegen het tarief van een straatvergunning.',
          'Bezoekers betalen in de garages een lager uurtarief dan op straat. De parkeerbelasting op straat stijgt.',
        ],
      },
      {
        title: 'Parkeerdrukmeting in de schil rond het centrum',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2022,
        summary:
          'De meting laat zien dat de parkeerdruk in de wijken rond het centrum ’s avonds boven de negentig procent ligt, vooral door bewoners met een tweede auto.',
        paragraphs: [
          'Overdag is er voldoende ruimte; ’s avonds en in het weekend is de druk het hoogst. Een deel van de geparkeerde auto’s is van bezoekers van de binnenstad die het betaald parkeren ontwijken.',
          'Het rapport adviseert uitbreiding van het vergunninggebied en een hoger tarief voor een tweede vergunning.',
        ],
      },
    ],
    experts: [
      {
        role: 'adviseur parkeren en mobiliteit',
        knows:
          'Zij schrijft parkeerbeleid, stelt parkeernormen op voor nieuwe woonwijken en begeleidt de invoering van betaald parkeren.',
        keywords: ['parkeernormen', 'vergunningen', 'deelmobiliteit'],
      },
    ],
  },
];
