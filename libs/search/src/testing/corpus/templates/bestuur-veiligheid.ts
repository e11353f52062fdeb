import type { Topic } from './types';

/**
 * Bestuur, bedrijfsvoering en veiligheid. Deliberate wording: the belasting documents say only
 * "OZB" (never the long form), the privacy documents "AVG" (never "privacywet"); two ondermijning
 * items are not public (a question for buurgemeenten only, a report under review).
 */
export const BESTUUR_VEILIGHEID: readonly Topic[] = [
  {
    key: 'ozb',
    domains: ['0.61', '0.62', '0.64'],
    tags: ['ozb', 'belastingen'],
    stakeholders: 'de belastingsamenwerking, de raad en ondernemersverenigingen',
    background: [
      'De OZB is de belangrijkste eigen inkomstenbron van gemeenten. Het tarief is een percentage van de WOZ-waarde, apart voor woningen en niet-woningen. Gemeenten verhogen de OZB vaak om tekorten op te vangen, terwijl de lokale lastendruk politiek gevoelig is.',
    ],
    questions: [
      {
        title: 'Verhogen jullie de OZB voor woningen en niet-woningen even hard?',
        text: 'Ons college stelt voor de OZB met twaalf procent te verhogen. Verhogen jullie de tarieven voor woningen en niet-woningen gelijk, of ontzien jullie ondernemers?',
        answer:
          'Wij verhogen de OZB voor woningen iets meer dan voor niet-woningen, omdat de lastendruk voor ondernemers bij ons al relatief hoog is. Het verschil is met de ondernemersvereniging besproken. Belangrijk is om de verhoging te koppelen aan zichtbare investeringen.',
        year: 2024,
      },
      {
        title: 'Kwijtschelding van gemeentelijke belastingen: welke normen hanteren jullie?',
        text: 'Wij overwegen de kwijtscheldingsnorm te verhogen naar honderd procent van de bijstandsnorm. Wie heeft dat gedaan, en voor welke heffingen geldt de kwijtschelding?',
        answer:
          'Wij hanteren honderd procent van de norm en schelden de afvalstoffenheffing en de rioolheffing kwijt, niet de OZB, omdat die alleen eigenaren betreft. Aanvragen gaan automatisch voor inwoners in de bijstand.',
        year: 2021,
      },
    ],
    reports: [
      {
        title: 'OZB-tarieven in de regio vergeleken',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2025,
        summary:
          'Het onderzoek vergelijkt de OZB-tarieven en de totale woonlasten van de gemeenten in de regio, en laat zien hoe groot de verschillen zijn.',
        paragraphs: [
          'De OZB voor een woning met een gemiddelde WOZ-waarde varieert in de regio van 290 tot 520 euro per jaar. Gemeenten met veel bedrijven hebben vaak lagere tarieven voor woningen.',
          'Het onderzoek laat zien dat de totale woonlasten, inclusief afvalstoffenheffing en rioolheffing, minder uiteenlopen dan de OZB alleen.',
        ],
      },
      {
        title: 'Lokale lastendruk en de OZB in {gemeente}: keuzes voor de begroting',
        kind: 'BELEIDSNOTA',
        year: 2023,
        summary:
          'De nota beschrijft scenario’s voor de OZB en de andere lokale lasten voor de komende vier jaar, en de gevolgen voor inwoners en ondernemers.',
        paragraphs: [
          'In het basisscenario stijgt de OZB met de inflatie. In twee andere scenario’s stijgt de OZB extra om de tekorten in het sociaal domein op te vangen.',
          'De nota adviseert een lastenplafond voor woningen en een betere uitleg van de aanslag aan inwoners.',
        ],
      },
    ],
    experts: [
      {
        role: 'beleidsadviseur gemeentelijke belastingen',
        institute: 'Belastingsamenwerking Midden-Nederland',
        knows:
          'Hij adviseert gemeenten over de OZB, de afvalstoffenheffing en kwijtschelding, en maakt de jaarlijkse vergelijking van woonlasten.',
        keywords: ['ozb', 'kwijtschelding', 'woonlasten'],
      },
    ],
  },
  {
    key: 'digitaal',
    domains: ['0.2', '0.4'],
    tags: ['digitale dienstverlening', 'dienstverlening'],
    stakeholders: 'inwoners, medewerkers van het klantcontactcentrum en de bibliotheek',
    background: [
      'Inwoners regelen steeds meer zaken met de gemeente online. Tegelijk is ongeveer een op de vijf Nederlanders onvoldoende digitaal vaardig. De Wet modernisering elektronisch bestuurlijk verkeer geeft inwoners het recht om digitaal met de overheid te communiceren, en websites van overheden moeten toegankelijk zijn volgens de WCAG-richtlijnen.',
    ],
    questions: [
      {
        title: 'Toegankelijkheid van de website: hoe halen jullie WCAG 2.1 niveau AA?',
        text: 'Uit een onderzoek blijkt dat onze website niet volledig toegankelijk is. Hoe hebben jullie de toegankelijkheid verbeterd, en hoe houden jullie de toegankelijkheidsverklaring actueel?',
        answer:
          'Wij laten elk jaar een onafhankelijke audit uitvoeren en werken de bevindingen af in de sprints van het webteam. Redacteuren hebben een training gevolgd over begrijpelijke teksten en alternatieve teksten bij afbeeldingen. Pdf’s vervangen we zoveel mogelijk door webpagina’s.',
        year: 2022,
      },
      {
        title: 'Digitale dienstverlening voor inwoners die niet digitaal vaardig zijn',
        text: 'Hoe zorgen jullie dat inwoners die moeite hebben met computers toch hun zaken met de gemeente kunnen regelen?',
        answer:
          'Wij hebben een Informatiepunt Digitale Overheid in de bibliotheek, waar vrijwilligers helpen met DigiD en online aanvragen. Daarnaast kunnen inwoners altijd bellen of langskomen, en een familielid machtigen.',
        year: 2023,
      },
      {
        title: 'Chatbot op de gemeentelijke website: ervaringen?',
        text: 'Wij overwegen een chatbot voor veelgestelde vragen. Wie heeft er een, en hoeveel vragen beantwoordt hij goed?',
        answer:
          'Onze chatbot beantwoordt ongeveer zestig procent van de vragen zonder tussenkomst van een medewerker, vooral over afval, paspoorten en parkeren. Bij twijfel draagt hij het gesprek over aan een medewerker. Let op de eisen van de AVG bij het bewaren van gesprekken.',
        year: 2025,
      },
    ],
    reports: [
      {
        title: 'Digitale dienstverlening: klanttevredenheid en kanaalsturing',
        kind: 'ONDERZOEK',
        year: 2020,
        summary:
          'Het onderzoek meet de tevredenheid van inwoners over de digitale dienstverlening en laat zien welke producten zij online aanvragen en welke liever aan de balie.',
        paragraphs: [
          'Driekwart van de aanvragen verloopt online. Inwoners zijn tevreden over de snelheid, maar vinden sommige formulieren te ingewikkeld. Ouderen kiezen vaker voor telefoon of balie.',
          'Het rapport adviseert formulieren te vereenvoudigen en persoonlijke hulp te blijven bieden.',
        ],
      },
      {
        title: 'Handreiking digitale toegankelijkheid voor gemeenten',
        kind: 'HANDREIKING',
        byInstitute: true,
        year: 2021,
        summary:
          'Een handreiking voor webredacteuren, ontwikkelaars en inkopers om websites, apps en documenten toegankelijk te maken volgens WCAG 2.1.',
        paragraphs: [
          'De handreiking bevat een checklist per rol en voorbeelden van veelgemaakte fouten, zoals ontbrekende labels bij formuliervelden, onvoldoende kleurcontrast en pdf’s zonder structuur.',
          'Bij inkoop van software adviseert de handreiking toegankelijkheid als eis op te nemen en een toegankelijkheidsonderzoek te vragen.',
        ],
      },
    ],
    experts: [
      {
        role: 'informatiemanager',
        knows:
          'Zij is verantwoordelijk voor de digitale dienstverlening, de website en de toegankelijkheid, en leidt de invoering van de Wet modernisering elektronisch bestuurlijk verkeer.',
        keywords: ['toegankelijkheid', 'dienstverlening', 'wcag'],
      },
    ],
    dossiers: [
      {
        title: 'Toegankelijke digitale dienstverlening',
        intro:
          'Hoe maken gemeenten hun digitale dienstverlening toegankelijk voor iedereen? Over WCAG, de toegankelijkheidsverklaring, chatbots en hulp voor inwoners die niet digitaal vaardig zijn.',
        notes: ['De handreiking bevat een checklist per rol.'],
        year: 2023,
      },
    ],
  },
  {
    key: 'privacy',
    domains: ['0.4', '0.1'],
    tags: ['avg', 'informatiebeveiliging'],
    stakeholders:
      'de functionaris gegevensbescherming, privacy officers en medewerkers van het sociaal domein',
    background: [
      'Sinds 2018 geldt de AVG. Gemeenten verwerken veel persoonsgegevens, vooral in het sociaal domein. Zij moeten een register van verwerkingen bijhouden, een functionaris gegevensbescherming aanstellen en bij risicovolle verwerkingen een gegevensbeschermingseffectbeoordeling (DPIA) uitvoeren.',
    ],
    questions: [
      {
        title: 'DPIA bij het delen van gegevens in het sociaal domein',
        text: 'Wij willen gegevens delen tussen het lokale team, schuldhulp en werk en inkomen. Hebben jullie daarvoor een DPIA uitgevoerd, en op welke grondslag delen jullie?',
        answer:
          'Ja, wij hebben een DPIA uitgevoerd met de functionaris gegevensbescherming. Gegevens delen we alleen met toestemming of als de wet een grondslag biedt, en dan alleen wat nodig is. In het casusoverleg werken we met een vast protocol.',
        year: 2019,
      },
      {
        title: 'Datalek door een verkeerd verstuurde e-mail: melden of niet?',
        text: 'Een medewerker stuurde een beschikking naar het verkeerde e-mailadres. Moeten we dit melden bij de Autoriteit Persoonsgegevens?',
        answer:
          'Dat hangt af van het risico voor de betrokkene. Bij een beschikking met gegevens over gezondheid of inkomen is het risico meestal hoog en melden wij het binnen 72 uur. Vraag de ontvanger de e-mail te verwijderen en leg alles vast in het register van datalekken.',
        year: 2022,
      },
    ],
    reports: [
      {
        title: 'Handreiking AVG voor het sociaal domein',
        kind: 'HANDREIKING',
        byInstitute: true,
        year: 2018,
        summary:
          'De handreiking vertaalt de AVG naar de praktijk van het sociaal domein: grondslagen, toestemming, dataminimalisatie en het delen van gegevens in het casusoverleg.',
        paragraphs: [
          'Toestemming is zelden de juiste grondslag, omdat inwoners afhankelijk zijn van de gemeente. Meestal is de grondslag een wettelijke taak, zoals in de Wmo of de Jeugdwet.',
          'De handreiking bevat voorbeeldteksten voor privacyverklaringen en een stappenplan voor het casusoverleg.',
        ],
      },
      {
        title: 'AVG-volwassenheid van gemeenten in de regio',
        kind: 'ONDERZOEK',
        year: 2023,
        summary:
          'Het onderzoek meet hoe ver de gemeenten in de regio zijn met de uitvoering van de AVG: het verwerkingsregister, DPIA’s, de afhandeling van datalekken en de bewustwording van medewerkers.',
        paragraphs: [
          'Alle gemeenten hebben een verwerkingsregister, maar bij de helft is het niet actueel. DPIA’s worden vaak pas achteraf uitgevoerd.',
          'Het rapport adviseert bewustwordingscampagnes en een regionale pool van privacy officers voor kleinere gemeenten.',
        ],
      },
    ],
    experts: [
      {
        role: 'functionaris gegevensbescherming',
        knows:
          'Hij is FG voor drie gemeenten, adviseert over DPIA’s en datalekken en houdt toezicht op de naleving van de AVG.',
        keywords: ['dpia', 'datalekken', 'privacy'],
      },
    ],
  },
  {
    key: 'ondermijning',
    domains: ['1.2'],
    tags: ['ondermijning', 'veiligheid'],
    stakeholders: 'politie, het RIEC, de Belastingdienst en toezichthouders',
    background: [
      'Ondermijnende criminaliteit, zoals drugsproductie, witwassen en mensenhandel, maakt gebruik van legale structuren: panden, bedrijven en vergunningen. Gemeenten werken met politie, Openbaar Ministerie en Belastingdienst samen in het Regionaal Informatie- en Expertisecentrum (RIEC). Met de Wet Bibob kunnen zij vergunningen weigeren als er een risico op misbruik is.',
    ],
    questions: [
      {
        title: 'Drugslab in een schuur in het buitengebied: hoe hebben jullie gehandeld?',
        text: 'Bij ons is een drugslab aangetroffen in een schuur van een agrariër. Welke bestuurlijke maatregelen hebben jullie genomen, zoals sluiting op grond van de Opiumwet, en hoe hebben jullie de eigenaar benaderd?',
        answer:
          'Wij hebben het pand voor zes maanden gesloten op grond van artikel 13b van de Opiumwet. De eigenaar wist volgens eigen zeggen van niets; we hebben hem gewezen op de risico’s van verhuur aan onbekenden. Met de andere boeren in het gebied organiseerden we een voorlichtingsavond met de politie.',
        access: 'NEIGHBOURS',
        tags: ['ondermijning', 'drugslab', 'buitengebied'],
        year: 2023,
      },
      {
        title: 'Wet Bibob toepassen bij vergunningen: hoe diep toetsen jullie?',
        text: 'Wij willen de Wet Bibob breder toepassen, ook bij omgevingsvergunningen en vastgoedtransacties. Hoe hebben jullie dat ingericht, en hoeveel capaciteit kost het?',
        answer:
          'Wij toetsen standaard bij horeca, coffeeshops en seksbedrijven, en gericht bij omgevingsvergunningen in risicogebieden. Een Bibob-coördinator doet het eigen onderzoek; bij twijfel vragen we advies aan het Landelijk Bureau Bibob. Dat kost ons ongeveer anderhalve formatieplaats.',
        year: 2021,
      },
      {
        title: 'Ondermijning op vakantieparken: wie heeft een integrale aanpak?',
        text: 'Op een aantal vakantieparken wonen mensen permanent en zien we signalen van criminaliteit. Hoe pakken jullie dat integraal aan?',
        answer:
          'Wij hebben met politie, Belastingdienst en de omgevingsdienst per park een integrale controle gedaan en daarna met de eigenaar een plan gemaakt voor vernieuwing van het park. Kwetsbare bewoners kregen hulp bij het vinden van een andere woning.',
        access: 'REGION',
        year: 2022,
      },
    ],
    reports: [
      {
        title: 'Ondermijning in het buitengebied: drugslabs en dumpingen',
        kind: 'ONDERZOEK',
        byInstitute: true,
        access: 'PUBLIC',
        year: 2022,
        tags: ['ondermijning', 'drugslab', 'buitengebied'],
        summary:
          'Het onderzoek beschrijft hoe criminelen leegstaande agrarische gebouwen gebruiken voor drugslabs en hoe zij drugsafval dumpen in de natuur. Het geeft gemeenten handvatten voor signalering en preventie.',
        paragraphs: [
          'Door de stoppende boerenbedrijven staan veel stallen en schuren leeg. Criminelen bieden eigenaren hoge huren. Dumpingen van drugsafval kosten gemeenten en terreinbeheerders veel geld.',
          'Het rapport adviseert een meldpunt voor agrariërs, voorlichting over verhuur en samenwerking met terreinbeheerders en het waterschap bij het opruimen van dumpingen.',
        ],
      },
      {
        title: 'Ondermijningsbeeld {gemeente}',
        kind: 'ONDERZOEK',
        status: 'SUBMITTED',
        access: 'PRIVATE',
        year: 2024,
        tags: ['ondermijning', 'ondermijningsbeeld'],
        summary:
          'Het ondermijningsbeeld brengt de signalen van ondermijnende criminaliteit in de gemeente in kaart, per wijk en per sector, op basis van informatie van politie, RIEC en gemeentelijke afdelingen.',
        paragraphs: [
          'De meeste signalen betreffen de vastgoedsector, de horeca en het buitengebied. In twee wijken is sprake van drugshandel door jongeren.',
          'Het beeld vormt de basis voor een integraal programma ondermijning met prioriteiten voor de komende drie jaar.',
        ],
      },
      {
        title: 'Handreiking weerbare vakantieparken',
        kind: 'HANDREIKING',
        year: 2020,
        summary:
          'De handreiking helpt gemeenten om vakantieparken weerbaar te maken tegen criminaliteit en om permanente bewoning aan te pakken, met aandacht voor kwetsbare bewoners.',
        paragraphs: [
          'De handreiking beschrijft een aanpak in vier stappen: beeldvorming, integrale controle, een toekomstplan met de parkeigenaar en nazorg voor bewoners.',
          'Voorbeelden uit verschillende regio’s laten zien dat vernieuwing van het park het beste werkt als gemeente en eigenaar samen investeren.',
        ],
      },
    ],
    experts: [
      {
        role: 'adviseur integrale veiligheid',
        knows:
          'Zij coördineert de aanpak van ondermijning in haar gemeente, werkt nauw samen met het RIEC en zette de integrale controles op vakantieparken op.',
        keywords: ['ondermijning', 'bibob', 'integrale controles'],
      },
      {
        role: 'analist ondermijning',
        institute: 'Regionaal Informatie- en Expertisecentrum Midden-Nederland',
        knows:
          'Hij stelt ondermijningsbeelden op voor gemeenten en adviseert over signalering van drugslabs en witwassen in vastgoed.',
        keywords: ['ondermijningsbeeld', 'drugslab', 'witwassen'],
        access: 'REGION',
      },
    ],
    dossiers: [
      {
        title: 'Aanpak ondermijning in de regio',
        intro:
          'Kennis over de bestuurlijke aanpak van ondermijning: drugslabs in het buitengebied, de Wet Bibob, weerbare vakantieparken en het opstellen van een ondermijningsbeeld.',
        notes: ['Het onderzoek naar het buitengebied is openbaar; de casuïstiek is alleen voor de regio.'],
        year: 2024,
        access: 'REGION',
      },
    ],
  },
  {
    key: 'evenementen',
    domains: ['1.2', '1.1'],
    tags: ['evenementen', 'vergunningen'],
    stakeholders: 'organisatoren, politie, brandweer en omwonenden',
    background: [
      'Voor een evenement is meestal een evenementenvergunning nodig. De burgemeester beoordeelt de veiligheid, de gezondheid en de overlast, met advies van politie, brandweer en de GHOR. Grote evenementen moeten een veiligheidsplan indienen.',
    ],
    questions: [
      {
        title: 'Evenementenvergunning: welke termijnen hanteren jullie voor aanvragen?',
        text: 'Organisatoren dienen hun aanvraag voor een evenementenvergunning vaak te laat in. Welke indieningstermijnen hanteren jullie voor kleine en grote evenementen?',
        answer:
          'Wij hanteren acht weken voor kleine evenementen en twaalf weken voor grote evenementen met meer dan vijfduizend bezoekers. Voor kleine buurtfeesten is alleen een melding nodig. De evenementenkalender wordt in januari vastgesteld, zodat politie en brandweer kunnen plannen.',
        year: 2019,
      },
      {
        title: 'Geluidsnormen bij festivals in een woonwijk',
        text: 'Omwonenden van ons park klagen over geluid bij festivals. Welke geluidsnormen en eindtijden hanteren jullie, en hoe meten jullie?',
        answer:
          'Wij hanteren een maximum van 85 dB(A) op de gevel van de dichtstbijzijnde woning en een eindtijd van 23.00 uur, in het weekend 24.00 uur. De organisator laat tijdens het festival meten en de gegevens zijn live te volgen voor handhaving.',
        year: 2023,
      },
    ],
    reports: [
      {
        title: 'Evenementenbeleid {gemeente}: ruimte voor evenementen, oog voor omwonenden',
        kind: 'BELEIDSNOTA',
        year: 2022,
        summary:
          'Het evenementenbeleid legt vast welke locaties geschikt zijn voor evenementen, hoeveel evenementen per jaar per locatie zijn toegestaan en welke eisen gelden voor geluid en veiligheid.',
        paragraphs: [
          'Per locatie geldt een maximum aantal evenementdagen. Omwonenden worden vooraf geïnformeerd en kunnen tijdens het evenement een klachtenlijn bellen.',
          'De gemeente stimuleert duurzame evenementen met herbruikbare bekers en walstroom in plaats van aggregaten.',
        ],
      },
      {
        title: 'Handreiking veiligheidsplan voor evenementen',
        kind: 'HANDREIKING',
        byInstitute: true,
        year: 2024,
        summary:
          'Een handreiking voor organisatoren en gemeenten over het opstellen en beoordelen van een veiligheidsplan: crowd management, medische inzet, beveiliging en communicatie bij calamiteiten.',
        paragraphs: [
          'Het veiligheidsplan beschrijft de risico’s van het evenement en de maatregelen. Bij grote evenementen wordt een scenario-oefening aanbevolen.',
          'De handreiking geeft een risicoscan waarmee de gemeente bepaalt of advies van de veiligheidsregio nodig is.',
        ],
      },
    ],
    experts: [
      {
        role: 'vergunningverlener evenementen',
        knows:
          'Zij behandelt aanvragen voor evenementenvergunningen, beoordeelt veiligheidsplannen en stemt af met politie, brandweer en GHOR.',
        keywords: ['evenementenvergunning', 'veiligheidsplan', 'geluid'],
      },
      {
        role: 'adviseur evenementenveiligheid',
        institute: 'Veiligheidsregio Utrecht',
        knows:
          'Hij adviseert gemeenten over de veiligheid van grote evenementen, beoordeelt veiligheidsplannen en begeleidt scenario-oefeningen.',
        keywords: ['crowd management', 'veiligheidsplan', 'risicoscan'],
        availability: 'LIMITED',
      },
    ],
  },
];
