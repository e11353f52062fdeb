import type { Topic } from './types';

/**
 * Sociaal domein: jeugd and Wmo. Note the deliberate wording: `jeugdtoegang-r1` says only
 * "jeugdzorg" and `jeugdinkoop-v3` only "jeugdhulp" (synonym queries in both directions);
 * `wmobegeleiding-r1` says only "Wet maatschappelijke ondersteuning" and `wmohh-v2` only "Wmo".
 */
export const SOCIAAL_JEUGD_WMO: readonly Topic[] = [
  {
    key: 'jeugdinkoop',
    domains: ['6.752', '6.762'],
    tags: ['jeugdhulp', 'inkoop', 'regionale samenwerking'],
    stakeholders: 'zorgaanbieders, contractmanagers en medewerkers van de lokale teams',
    background: [
      'Sinds de decentralisatie van 2015 zijn gemeenten verantwoordelijk voor vrijwel alle jeugdhulp. Specialistische vormen, zoals jeugdhulp met verblijf en intensieve ambulante trajecten, kopen gemeenten meestal samen in binnen een jeugdhulpregio. De Hervormingsagenda Jeugd vraagt om minder aanbieders, langere contracten en meer sturing op resultaat.',
      'De Norm voor Opdrachtgeverschap schrijft voor dat regio’s hun inkoop beleggen in een regionaal expertisecentrum en dat zij de continuïteit van essentiële functies borgen. Kleinere gemeenten zijn daarbij sterk afhankelijk van de afspraken die in de regio worden gemaakt.',
    ],
    questions: [
      {
        title: 'Hoe hebben jullie de regionale inkoop van jeugdhulp met verblijf georganiseerd?',
        text: 'Onze jeugdhulpregio bereidt een nieuwe aanbesteding voor jeugdhulp met verblijf voor. Wij twijfelen tussen een open house-constructie en een aanbesteding met een beperkt aantal aanbieders. Welke keuze hebben jullie gemaakt en wat zijn de ervaringen na de eerste contractperiode?',
        answer:
          'In {buur} zijn we in 2021 overgestapt van open house naar een aanbesteding met zeven hoofdaanbieders. Het aantal aanbieders daalde van ruim negentig naar zeven, en de hoofdaanbieders zijn nu zelf verantwoordelijk voor het vinden van een passende plek. Belangrijk was een overgangsperiode van een jaar voor lopende trajecten en een maandelijks overleg over wachttijden. Het bestek en de evaluatie sturen we je graag toe.',
        year: 2021,
      },
      {
        title: 'Ervaringen met lumpsumfinanciering in de jeugdhulp?',
        text: 'De gemeenteraad van {gemeente} vraagt of we bij de volgende inkoopronde kunnen werken met een vast budget per aanbieder in plaats van productiefinanciering. Welke gemeenten hebben ervaring met lumpsum of populatiebekostiging voor ambulante jeugdhulp, en hoe houden jullie zicht op de kwaliteit?',
        answer:
          'Wij werken sinds drie jaar met populatiebekostiging voor de ambulante jeugdhulp in onze wijken. Het grote voordeel is dat professionals niet meer voor elke beschikking hoeven te schrijven; het risico is dat de aanbieder wachttijden laat oplopen. Wij maken daarom afspraken over maximale wachttijden en bespreken elk kwartaal de cliëntervaringen en de uitstroomcijfers.',
        year: 2023,
      },
      {
        title: 'Tarieven voor ambulante jeugdhulp: hoe komen jullie tot een reële prijs?',
        text: 'Aanbieders in onze regio geven aan dat de huidige tarieven voor ambulante jeugdhulp niet kostendekkend zijn. Hoe hebben andere regio’s hun tarieven onderbouwd? Gebruiken jullie een kostprijsonderzoek, de AMvB reële prijs of een vergelijking met andere regio’s?',
        answer:
          'Wij hebben vorig jaar een kostprijsonderzoek laten uitvoeren door een extern bureau. Alle aanbieders leverden hun kostprijsopbouw aan, waarna we per product een tarief hebben vastgesteld met een opslag voor overhead en risico. De tarieven indexeren we jaarlijks met de OVA-index. Let op: de AMvB reële prijs vraagt dat je rekening houdt met de cao en met redelijke overheadkosten.',
        tags: ['jeugdhulp', 'tarieven', 'inkoop'],
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Evaluatie regionale inkoop jeugdhulp Lekstroom 2019-2022',
        kind: 'EVALUATIE',
        gemeente: 'GM0356',
        year: 2023,
        summary:
          'De gemeenten in de regio Lekstroom kopen sinds 2019 gezamenlijk specialistische jeugdhulp in. Deze evaluatie laat zien dat het aantal aanbieders is gehalveerd en de administratieve lasten zijn gedaald, maar dat de wachttijden voor jeugdhulp met verblijf zijn opgelopen.',
        paragraphs: [
          'Het aantal gecontracteerde aanbieders daalde van 84 naar 41. Aanbieders en gemeenten besteden minder tijd aan declaraties en controles, omdat de productcodes zijn teruggebracht van meer dan tweehonderd naar achttien. Tegelijk ervaren de lokale teams dat zij minder keuze hebben bij een complexe hulpvraag.',
          'De gemiddelde wachttijd voor jeugdhulp met verblijf steeg van negen naar dertien weken. De evaluatie beveelt aan om met de grootste aanbieders afspraken te maken over een gezamenlijke wachtlijst, capaciteit voor crisisplaatsingen te reserveren en de contracten met twee jaar te verlengen om rust in de uitvoering te brengen.',
        ],
      },
      {
        title: 'Inkoopstrategie jeugdhulp 2025-2030: minder aanbieders, langere contracten',
        kind: 'BELEIDSNOTA',
        year: 2024,
        summary:
          'De regio kiest voor de periode 2025-2030 voor een aanbesteding met een beperkt aantal aanbieders per segment en contracten van zes jaar. De nota beschrijft de segmenten, de bekostiging en de manier waarop de regio de continuïteit van zorg borgt.',
        paragraphs: [
          'De regio onderscheidt drie segmenten: ambulante jeugdhulp, jeugdhulp met verblijf en spoedeisende zorg. Per segment worden ten hoogste acht aanbieders gecontracteerd. De ambulante jeugdhulp wordt bekostigd met een taakgericht budget, verblijf en spoed met een trajectprijs.',
          'Om de overgang zorgvuldig te laten verlopen, houden jeugdigen die al hulp krijgen hun hulpverlener. Het regionaal expertisecentrum bewaakt de beschikbaarheid van schaarse functies, zoals gesloten jeugdhulp en gezinshuizen, en rapporteert twee keer per jaar aan de colleges.',
        ],
      },
      {
        title: 'Handreiking contractmanagement jeugdhulp voor kleine gemeenten',
        kind: 'HANDREIKING',
        byInstitute: true,
        year: 2022,
        summary:
          'Kleine gemeenten hebben vaak niet de capaciteit voor intensief contractmanagement. Deze handreiking beschrijft hoe zij met eenvoudige gesprekscycli, een beperkte set indicatoren en samenwerking met buurgemeenten toch grip houden op hun jeugdhulpaanbieders.',
        paragraphs: [
          'De handreiking adviseert om per aanbieder twee keer per jaar een gesprek te voeren aan de hand van vijf indicatoren: wachttijd, doorlooptijd, uitstroom naar lichtere hulp, cliënttevredenheid en kosten per cliënt. Gemeenten kunnen die gesprekken verdelen, zodat elke aanbieder één gemeente als aanspreekpunt heeft.',
          'Een checklist in de bijlage helpt om signalen over kwaliteit of financiële problemen bij een aanbieder tijdig te herkennen, en beschrijft wanneer de Inspectie Gezondheidszorg en Jeugd moet worden ingeschakeld.',
        ],
      },
    ],
    experts: [
      {
        role: 'contractmanager jeugdhulp',
        knows:
          'Zij voert namens de regio de gesprekken met de grote aanbieders van jeugdhulp met verblijf en weet veel van resultaatgerichte bekostiging, productcodes en het onderbouwen van reële tarieven.',
        keywords: ['contractmanagement', 'tarieven', 'aanbesteding'],
      },
      {
        role: 'inkoopadviseur sociaal domein',
        institute: 'Regionaal Inkoopbureau Sociaal Domein Midden-Nederland',
        knows:
          'Hij begeleidt gemeenten bij aanbestedingen van jeugdhulp en Wmo, van open house tot bestuurlijk aanbesteden, en kent de Norm voor Opdrachtgeverschap goed.',
        keywords: ['aanbesteden', 'open house', 'inkoop'],
        availability: 'LIMITED',
      },
    ],
    dossiers: [
      {
        title: 'Regionale inkoop jeugdhulp',
        intro:
          'Dit dossier bundelt wat gemeenten in de regio hebben geleerd van de inkoop van specialistische jeugdhulp: evaluaties, inkoopstrategieën, vragen over bekostiging en de contactgegevens van contractmanagers.',
        notes: [
          'De evaluatie van Lekstroom is het meest complete overzicht van de effecten van minder aanbieders.',
          'Voor vragen over bekostiging: zie het antwoord over populatiebekostiging.',
        ],
        year: 2024,
      },
    ],
  },
  {
    key: 'jeugdtoegang',
    domains: ['6.22', '6.751', '6.92'],
    tags: ['jeugd', 'toegang'],
    stakeholders: 'huisartsen, ouders en medewerkers van de lokale teams',
    background: [
      'De toegang tot hulp voor jeugdigen loopt in de meeste gemeenten via een lokaal team, de huisarts of de jeugdarts. Ongeveer de helft van de verwijzingen komt van huisartsen. Gemeenten zoeken naar manieren om de toegang beter te laten aansluiten op het voorliggend veld, zoals het onderwijs en het jongerenwerk.',
      'Wachttijden zijn een terugkerend knelpunt, vooral voor specialistische behandeling en voor verblijf. Gemeenten en aanbieders maken daarom afspraken over wachtlijstbeheer, overbruggingszorg en het delen van actuele wachttijden.',
    ],
    questions: [
      {
        title: 'Hoe gaan jullie om met verwijzingen door huisartsen naar jeugdhulp?',
        text: 'In {gemeente} komt bijna zestig procent van de verwijzingen van huisartsen. Wij willen de samenwerking verbeteren, bijvoorbeeld met een praktijkondersteuner jeugd (POH-jeugd). Wie heeft hier ervaring mee en hoe is die functie gefinancierd?',
        answer:
          'Wij hebben sinds 2020 in elke huisartsenpraktijk een POH-jeugd, in dienst van het lokale team en betaald uit het budget voor jeugdhulp. Het aantal verwijzingen naar specialistische hulp is sindsdien met ongeveer een kwart gedaald. Belangrijk is dat de POH-jeugd ook zelf kortdurende begeleiding mag bieden.',
        year: 2020,
      },
      {
        title: 'Hoe beperken jullie de kosten van jeugdzorg zonder te bezuinigen op kwaliteit?',
        text: 'De uitgaven aan jeugdzorg in {gemeente} stijgen al jaren harder dan het budget. Welke maatregelen hebben bij jullie effect gehad? Denk aan het aanscherpen van de toegang, betere afspraken met huisartsen of investeren in preventie.',
        answer:
          'Bij ons hielp vooral een combinatie van maatregelen: een eigen gedragswetenschapper in het lokale team, scherpere afspraken over de duur van trajecten en een praktijkondersteuner bij de huisartsen. Na twee jaar daalden de uitgaven met ruim acht procent, terwijl de tevredenheid van ouders gelijk bleef.',
        tags: ['jeugdzorg', 'kosten'],
        year: 2022,
      },
      {
        title: 'Wie heeft een werkwijze voor overbruggingszorg bij lange wachttijden?',
        text: 'Kinderen in {gemeente} wachten soms maanden op specialistische behandeling. Wij willen in de tussentijd overbruggingszorg bieden. Hoe hebben jullie dat geregeld, en wie betaalt de inzet tijdens de wachttijd?',
        year: 2025,
      },
    ],
    reports: [
      {
        title: 'Wachtlijsten in de jeugdzorg: analyse van wachttijden in de regio',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2024,
        tags: ['jeugdzorg', 'wachtlijsten'],
        background: false,
        stakeholders: 'aanbieders, ouders en medewerkers van de lokale teams',
        summary:
          'Gemiddeld wachten kinderen en gezinnen in de regio veertien weken op specialistische jeugdzorg. Voor de behandeling van eetstoornissen en voor jeugdzorg met verblijf zijn de wachtlijsten het langst. Het rapport beschrijft de oorzaken en doet voorstellen voor regionaal wachtlijstbeheer.',
        paragraphs: [
          'De analyse is gebaseerd op de wachtlijstgegevens die veertien aanbieders maandelijks aanleveren. Een deel van de kinderen staat bij meer dan één aanbieder op de wachtlijst, waardoor de wachtlijsten groter lijken dan ze zijn. Na ontdubbeling wachten ruim zeshonderd kinderen op een vorm van specialistische jeugdzorg.',
          'Oorzaken zijn een tekort aan gedragswetenschappers en psychologen, een toename van complexe problematiek en het ontbreken van zicht op vrije plekken. Het rapport beveelt een regionaal wachtlijstoverzicht aan, overbruggingszorg vanuit de lokale teams en afspraken met aanbieders over het voorrang geven aan crisissituaties.',
        ],
      },
      {
        title: 'Jeugdmonitor {gemeente}: gebruik van hulp en ondersteuning door jeugdigen',
        kind: 'MONITOR',
        year: 2023,
        summary:
          'De jeugdmonitor beschrijft hoeveel jeugdigen jeugdhulp gebruiken, via welke verwijzers zij binnenkomen en hoe lang de trajecten duren. Eén op de acht jeugdigen in de gemeente kreeg in het afgelopen jaar een vorm van jeugdhulp.',
        paragraphs: [
          'Het gebruik van jeugdhulp is in vijf jaar met achttien procent gestegen. De stijging zit vooral bij ambulante hulp voor jongeren van twaalf tot achttien jaar, met klachten als somberheid en angst. Het gebruik van jeugdhulp met verblijf bleef stabiel.',
          'Trajecten die via het lokale team starten, zijn gemiddeld korter en goedkoper dan trajecten na een verwijzing door de huisarts of de medisch specialist. De monitor raadt aan om de samenwerking met huisartsen te versterken.',
        ],
      },
      {
        title: 'Evaluatie van de praktijkondersteuner jeugd in de huisartsenpraktijk',
        kind: 'EVALUATIE',
        year: 2021,
        summary:
          'Sinds 2019 werken in alle huisartsenpraktijken van de gemeente praktijkondersteuners jeugd. De evaluatie laat zien dat zij een groot deel van de hulpvragen zelf afhandelen en dat het aantal verwijzingen naar specialistische jeugdhulp is gedaald.',
        paragraphs: [
          'In het eerste jaar zagen de praktijkondersteuners ruim negenhonderd jeugdigen. Ongeveer zestig procent van hen was na maximaal vijf gesprekken voldoende geholpen. Huisartsen waarderen de korte lijnen met het lokale team.',
          'De evaluatie adviseert de functie structureel te financieren en de praktijkondersteuners toegang te geven tot de intervisie van het lokale team.',
        ],
      },
    ],
    experts: [
      {
        role: 'gedragswetenschapper in het lokale team',
        knows:
          'Hij beoordeelt complexe aanvragen voor jeugdhulp, adviseert huisartsen over verwijzingen en heeft het regionale wachtlijstbeheer mee opgezet.',
        keywords: ['verwijzingen', 'wachtlijstbeheer', 'toegang'],
      },
    ],
    dossiers: [
      {
        title: 'Toegang en wachttijden jeugd',
        intro:
          'Hoe organiseren gemeenten de toegang tot hulp voor jeugdigen, en wat doen zij aan lange wachttijden? Dit dossier bevat de analyse van wachtlijsten in de regio, de evaluatie van de praktijkondersteuner jeugd en vragen van gemeenten over verwijzingen.',
        notes: [
          'De analyse van de wachtlijsten laat zien dat ontdubbelen het beeld sterk verandert.',
          'Voor huisartsen: zie de evaluatie van de praktijkondersteuner jeugd.',
        ],
        year: 2024,
      },
    ],
  },
  {
    key: 'wmohh',
    domains: ['6.711', '6.91'],
    tags: ['wmo', 'huishoudelijke hulp'],
    stakeholders: 'Wmo-consulenten, thuiszorgaanbieders en cliënten',
    background: [
      'Huishoudelijke hulp is de meest gebruikte maatwerkvoorziening in de Wmo. Sinds de invoering van het abonnementstarief in 2019 betalen inwoners een vaste eigen bijdrage per maand, ongeacht hun inkomen. Veel gemeenten zagen daarna het aantal aanvragen stijgen, vooral onder inwoners met een hoger inkomen.',
      'Gemeenten kiezen verschillende vormen: resultaatgerichte indicaties (een schoon en leefbaar huis), indicaties in uren of een algemene voorziening. Het personeel van thuiszorgaanbieders is schaars, waardoor wachttijden ontstaan.',
    ],
    questions: [
      {
        title: 'Hoe indiceren jullie huishoudelijke hulp: in uren of resultaatgericht?',
        text: 'Na een uitspraak van de Centrale Raad van Beroep twijfelen wij of onze resultaatgerichte indicatie voor huishoudelijke hulp nog houdbaar is. Indiceren jullie in uren, of hebben jullie een normenkader laten opstellen?',
        answer:
          'Wij werken met een normenkader dat een extern onderzoeksbureau voor ons heeft opgesteld. Daarin staat per activiteit hoeveel tijd gemiddeld nodig is. In de beschikking noemen we het resultaat én het aantal uren. Sindsdien hebben we geen bezwaarzaken meer verloren.',
        year: 2019,
      },
      {
        title: 'Eigen bijdrage Wmo en het abonnementstarief: stijgt bij jullie ook de vraag?',
        text: 'Sinds het abonnementstarief stijgt het aantal aanvragen voor huishoudelijke hulp in {gemeente} elk jaar met ongeveer tien procent. Merken jullie hetzelfde? En hebben jullie maatregelen genomen om de eigen bijdrage voor de Wmo beter te laten aansluiten bij het inkomen?',
        answer:
          'Ja, bij ons is de groei vergelijkbaar. Wij hebben schoonmaakondersteuning als algemene voorziening ingericht: inwoners die zelf hulp kunnen regelen krijgen een tegoedbon en betalen een lage vaste bijdrage. Voor de Wmo-maatwerkvoorziening blijft het abonnementstarief gelden. Het kabinet werkt aan een inkomensafhankelijke eigen bijdrage; wij wachten die wetswijziging af.',
        tags: ['wmo', 'eigen bijdrage', 'abonnementstarief'],
        year: 2023,
      },
      {
        title: 'Wachttijden voor huishoudelijke hulp door personeelstekort',
        text: 'Onze aanbieders kunnen niet alle nieuwe cliënten direct helpen. Hoe gaan jullie om met wachttijden voor huishoudelijke hulp, en krijgen inwoners in de tussentijd een alternatief?',
        answer:
          'Wij vragen aanbieders wekelijks hun beschikbare capaciteit door te geven en verdelen nieuwe cliënten via een centraal loket. Inwoners die langer dan zes weken moeten wachten, kunnen tijdelijk een pgb krijgen om zelf iemand in te huren.',
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Normenkader huishoudelijke hulp gemeente {gemeente}',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2019,
        summary:
          'Het normenkader beschrijft per activiteit, zoals stofzuigen, sanitair schoonmaken en de was doen, hoeveel tijd gemiddeld nodig is. Het vormt de onderbouwing voor indicaties voor huishoudelijke hulp in uren en minuten.',
        paragraphs: [
          'De normtijden zijn bepaald met tijdmetingen bij honderdtwintig huishoudens en gesprekken met hulpen en cliënten. Voor een eenpersoonshuishouden in een gemiddelde woning komt de basisnorm uit op ruim twee uur per week.',
          'Het normenkader kent toeslagen voor bijzondere omstandigheden, zoals allergieën, een huisdier of kinderen in het huishouden. Consulenten leggen in het verslag van het keukentafelgesprek vast welke toeslagen van toepassing zijn.',
        ],
      },
      {
        title: 'Effecten van het abonnementstarief op het gebruik van huishoudelijke hulp',
        kind: 'MONITOR',
        year: 2022,
        summary:
          'Na de invoering van het abonnementstarief nam het aantal cliënten met huishoudelijke hulp in drie jaar met 23 procent toe. De groei zit vooral bij inwoners boven de AOW-leeftijd met een inkomen boven het minimum.',
        paragraphs: [
          'Van de nieuwe cliënten gaf een derde aan dat zij eerder zelf een schoonmaakhulp betaalden. De uitgaven aan huishoudelijke hulp stegen met ruim een miljoen euro per jaar, terwijl de inkomsten uit eigen bijdragen daalden.',
          'De monitor schetst drie opties: een algemene voorziening voor lichte hulp, strenger toetsen op eigen mogelijkheden, of wachten op een inkomensafhankelijke eigen bijdrage.',
        ],
      },
      {
        title: 'Schoonmaakondersteuning als algemene voorziening: evaluatie na twee jaar',
        kind: 'EVALUATIE',
        year: 2025,
        summary:
          'Inwoners die alleen hulp bij het schoonmaken nodig hebben, kunnen sinds 2023 zonder indicatie gebruikmaken van schoonmaakondersteuning. De evaluatie laat een daling van het aantal maatwerkindicaties zien en een hoge tevredenheid.',
        paragraphs: [
          'Ruim elfhonderd inwoners maken gebruik van de algemene voorziening. Het aantal nieuwe maatwerkindicaties voor huishoudelijke hulp daalde met een kwart. Consulenten hebben meer tijd voor inwoners met complexe vragen.',
          'Aandachtspunt is dat sommige inwoners met een beginnende zorgvraag buiten beeld raken. De evaluatie adviseert een jaarlijks contactmoment voor gebruikers van de voorziening.',
        ],
      },
    ],
    experts: [
      {
        role: 'Wmo-consulent',
        knows:
          'Zij voert keukentafelgesprekken en is specialist in indicaties voor huishoudelijke hulp, het normenkader en bezwaarzaken.',
        keywords: ['keukentafelgesprek', 'indicatie', 'normenkader'],
      },
      {
        role: 'beleidsadviseur Wmo',
        knows:
          'Hij schreef de verordening maatschappelijke ondersteuning van zijn gemeente en volgt de discussie over het abonnementstarief en de eigen bijdrage op de voet.',
        keywords: ['verordening', 'abonnementstarief', 'eigen bijdrage'],
      },
    ],
    dossiers: [
      {
        title: 'Huishoudelijke hulp na het abonnementstarief',
        intro:
          'Gemeenten zoeken naar manieren om de groeiende vraag naar huishoudelijke hulp op te vangen. Dit dossier verzamelt monitors, evaluaties van algemene voorzieningen en ervaringen met normenkaders.',
        notes: [
          'De monitor laat goed zien bij welke groepen de vraag stijgt.',
          'Zie ook de evaluatie van schoonmaakondersteuning als algemene voorziening.',
        ],
        year: 2025,
      },
    ],
  },
  {
    key: 'wmobegeleiding',
    domains: ['6.712', '6.713', '6.21'],
    tags: ['wmo', 'begeleiding', 'dagbesteding'],
    stakeholders: 'cliënten, mantelzorgers, aanbieders van dagbesteding en consulenten',
    background: [
      'Begeleiding en dagbesteding helpen inwoners met een beperking, dementie of psychische kwetsbaarheid om zelfstandig te blijven wonen en mee te doen. Gemeenten maken steeds vaker onderscheid tussen een vrij toegankelijke dagbesteding in de wijk en specialistische dagbesteding waarvoor een indicatie nodig is.',
    ],
    questions: [
      {
        title: 'Vrij toegankelijke dagbesteding: hoe financieren jullie dat?',
        text: 'In {gemeente} willen we dagbesteding voor ouderen zonder indicatie aanbieden in buurthuizen. Werken jullie met subsidies, een vast budget per locatie of een bijdrage per deelnemer? En hoe voorkom je dat de specialistische dagbesteding leegloopt?',
        answer:
          'Wij subsidiëren vier welzijnsorganisaties met een vast budget per locatie en vragen een kleine eigen bijdrage per dagdeel. Deelnemers die meer nodig hebben, stromen door naar specialistische dagbesteding; de welzijnsorganisatie meldt dat bij het lokale team. De specialistische dagbesteding is niet leeggelopen, wel zijn de wachttijden korter geworden.',
        year: 2022,
      },
      {
        title: 'Begeleiding Wmo voor inwoners met niet-aangeboren hersenletsel',
        text: 'Wij krijgen steeds vaker aanvragen voor begeleiding van inwoners met niet-aangeboren hersenletsel. Hebben jullie hiervoor gespecialiseerde aanbieders gecontracteerd of is dit onderdeel van de reguliere begeleiding?',
        answer:
          'Wij hebben binnen de reguliere begeleiding een specialistisch perceel voor NAH. Aanbieders in dat perceel moeten aantonen dat hun begeleiders zijn geschoold in hersenletsel. Daarnaast werken we samen met het regionale NAH-netwerk voor advies aan consulenten.',
        year: 2020,
      },
      {
        title: 'Hoe organiseren jullie het vervoer naar dagbesteding?',
        text: 'Het vervoer naar dagbesteding is bij ons duur en slecht te plannen. Hebben jullie het vervoer ondergebracht bij het doelgroepenvervoer, of laten jullie het aan de aanbieders over?',
        closed: true,
        year: 2018,
      },
    ],
    reports: [
      {
        title: 'Evaluatie Wet maatschappelijke ondersteuning in Nieuwegein 2019-2022',
        kind: 'EVALUATIE',
        gemeente: 'GM0356',
        year: 2023,
        tags: ['maatschappelijke ondersteuning', 'evaluatie'],
        background: false,
        stakeholders: 'cliënten, mantelzorgers, consulenten en aanbieders',
        summary:
          'Deze evaluatie beschrijft hoe Nieuwegein de Wet maatschappelijke ondersteuning in de periode 2019-2022 heeft uitgevoerd: de toegang via het sociaal wijkteam, de ervaringen van cliënten en de ontwikkeling van de kosten van begeleiding en dagbesteding.',
        paragraphs: [
          'Cliënten zijn over het algemeen tevreden over het gesprek met de consulent en over de kwaliteit van de ondersteuning. Minder tevreden zijn zij over de doorlooptijd van aanvragen en over de informatie over de eigen bijdrage. De helft van de cliënten wist niet dat zij onafhankelijke cliëntondersteuning konden krijgen.',
          'De kosten van begeleiding stegen in vier jaar met dertig procent, vooral door hogere tarieven en een groeiend aantal inwoners met psychische problemen. De evaluatie beveelt aan om meer in te zetten op algemene voorzieningen, de doorlooptijd te bewaken en cliëntondersteuning actief aan te bieden.',
        ],
      },
      {
        title: 'Handreiking specialistische dagbesteding: kwaliteitseisen en inkoop',
        kind: 'HANDREIKING',
        byInstitute: true,
        year: 2021,
        summary:
          'De handreiking helpt gemeenten om specialistische dagbesteding in te kopen met heldere kwaliteitseisen, passende tarieven en afspraken over vervoer en doorstroom naar werk.',
        paragraphs: [
          'Kwaliteitseisen gaan over de deskundigheid van begeleiders, de groepsgrootte en het werken met een ondersteuningsplan. De handreiking geeft voorbeelden van eisen voor dagbesteding aan mensen met dementie, een verstandelijke beperking en psychiatrische problematiek.',
          'Voor de doorstroom naar arbeidsmatige activiteiten en werk adviseert de handreiking samenwerking met het werkbedrijf en een gezamenlijke werkgroep van aanbieders.',
        ],
      },
      {
        title: 'Dagbesteding in de wijk: bereik en kosten van de algemene voorziening',
        kind: 'ONDERZOEK',
        year: 2024,
        summary:
          'Het onderzoek brengt in kaart wie de vrij toegankelijke dagbesteding in de wijken bezoekt, wat deelnemers eraan hebben en wat het kost in vergelijking met geïndiceerde dagbesteding.',
        paragraphs: [
          'Ongeveer vierhonderd inwoners bezoeken wekelijks een van de zes wijklocaties. De meesten zijn ouder dan 75 jaar en wonen alleen. Deelnemers noemen vooral het contact met anderen en de structuur in de week als opbrengst.',
          'Een dagdeel in de wijk kost ongeveer een derde van een dagdeel specialistische dagbesteding. Het onderzoek raadt aan de wijklocaties beter te laten aansluiten op de mantelzorgondersteuning.',
        ],
      },
    ],
    experts: [
      {
        role: 'beleidsmedewerker Wmo',
        knows:
          'Zij is verantwoordelijk voor begeleiding en dagbesteding, heeft de verschuiving naar vrij toegankelijke voorzieningen in de wijk geleid en kent de inkoop van specialistische dagbesteding.',
        keywords: ['dagbesteding', 'begeleiding', 'algemene voorziening'],
      },
      {
        role: 'onderzoeker maatschappelijke ondersteuning',
        institute: 'Kennisinstituut Stad en Regio',
        knows:
          'Hij doet onderzoek naar cliëntervaringen en de effecten van algemene voorzieningen, en voerde evaluaties uit voor een tiental gemeenten.',
        keywords: ['cliëntervaringsonderzoek', 'evaluatie', 'algemene voorzieningen'],
      },
    ],
    dossiers: [
      {
        title: 'Dagbesteding en begeleiding in de wijk',
        intro:
          'Een dossier over de verschuiving van geïndiceerde begeleiding en dagbesteding naar vrij toegankelijke voorzieningen in de wijk, met onderzoek naar bereik en kosten en een handreiking voor de inkoop van specialistische dagbesteding.',
        notes: ['Het onderzoek naar dagbesteding in de wijk bevat een bruikbare kostenvergelijking.'],
        year: 2024,
      },
    ],
  },
  {
    key: 'beschermdwonen',
    domains: ['6.811', '6.812'],
    tags: ['beschermd wonen', 'maatschappelijke opvang'],
    stakeholders: 'woningcorporaties, zorgaanbieders, bewoners en de centrumgemeente',
    background: [
      'Met de doordecentralisatie van beschermd wonen krijgen alle gemeenten stapsgewijs zelf budget en verantwoordelijkheid voor beschermd wonen, dat nu nog bij centrumgemeenten ligt. Het doel is dat inwoners met psychische problemen zoveel mogelijk in een gewone wijk wonen, met ambulante ondersteuning.',
      'De uitstroom uit beschermd wonen stokt doordat er te weinig betaalbare woningen zijn. Regio’s werken daarom met uitstroomafspraken met corporaties, zoals een jaarlijks contingent woningen en een gezamenlijk begeleidingsaanbod.',
    ],
    questions: [
      {
        title: 'Uitstroomafspraken met woningcorporaties voor beschermd wonen',
        text: 'Bewoners van beschermd wonen in {gemeente} die zelfstandig kunnen wonen, vinden geen woning. Welke afspraken hebben jullie met corporaties gemaakt? Werken jullie met een vast aantal woningen per jaar of met urgentie?',
        answer:
          'In {buur} hebben de corporaties zich verplicht om jaarlijks veertig woningen beschikbaar te stellen voor uitstroom uit beschermd wonen en de opvang. Het huurcontract staat het eerste jaar op naam van de zorgaanbieder, daarna op naam van de bewoner. Dat geeft corporaties vertrouwen en het werkt goed.',
        year: 2022,
      },
      {
        title: 'Hoe bereiden jullie je voor op de doordecentralisatie beschermd wonen?',
        text: 'Wij zijn geen centrumgemeente en hebben weinig kennis van beschermd wonen in huis. Hoe bereiden andere kleinere gemeenten zich voor op de doordecentralisatie, en welke afspraken maken jullie met de centrumgemeente?',
        answer:
          'Wij hebben met de regio een samenwerkingsafspraak gemaakt: de centrumgemeente blijft de komende jaren de inkoop doen, terwijl elke gemeente een aandachtsfunctionaris aanwijst. Die persoon leert de bewoners en aanbieders kennen en bereidt de lokale toegang voor.',
        year: 2024,
      },
      {
        title: 'Wachtlijst beschermd wonen: wie heeft een regionale urgentieregeling?',
        text: 'De wachtlijst voor beschermd wonen in onze regio is opgelopen tot meer dan honderd mensen. Hoe bepalen jullie wie voorrang krijgt?',
        year: 2025,
      },
    ],
    reports: [
      {
        title: 'Regionaal koersdocument beschermd wonen en maatschappelijke opvang 2023-2027',
        kind: 'BELEIDSNOTA',
        gemeente: 'GM0307',
        year: 2022,
        summary:
          'De gemeenten in de regio leggen in dit koersdocument vast hoe zij beschermd wonen en maatschappelijke opvang organiseren, welke taken regionaal blijven en hoe de middelen worden verdeeld.',
        paragraphs: [
          'Regionaal blijven de 24-uursvoorzieningen, de opvang van dak- en thuislozen en de crisisopvang. Lokaal worden de toegang, de ambulante begeleiding en de huisvesting georganiseerd.',
          'Het koersdocument introduceert een verdeelsleutel op basis van het objectief verdeelmodel, met een overgangsperiode van tien jaar om grote financiële verschuivingen te voorkomen.',
        ],
      },
      {
        title: 'Uitstroom uit beschermd wonen: knelpunten en oplossingen',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2021,
        summary:
          'Een derde van de bewoners van beschermd wonen kan met ambulante begeleiding zelfstandig wonen, maar vindt geen passende woning. Het onderzoek beschrijft de knelpunten en goede voorbeelden van uitstroomafspraken.',
        paragraphs: [
          'De gemiddelde verblijfsduur in beschermd wonen is opgelopen tot ruim vier jaar. Bewoners die klaar zijn voor uitstroom blijven gemiddeld nog vijftien maanden wonen, omdat er geen woning is.',
          'Goede voorbeelden zijn een vast contingent woningen, een tijdelijk huurcontract op naam van de zorgaanbieder en een gezamenlijk team van corporatie en zorgaanbieder dat de eerste maanden na de verhuizing begeleidt.',
        ],
      },
      {
        title: 'Monitor dak- en thuisloosheid 2024',
        kind: 'MONITOR',
        year: 2024,
        summary:
          'De monitor telt het aantal dak- en thuisloze mensen in de regio en beschrijft het gebruik van de nachtopvang, de vrouwenopvang en de begeleiding naar een eigen woning.',
        paragraphs: [
          'Het aantal mensen dat gebruikmaakt van de nachtopvang steeg met twaalf procent. Er zijn meer jongeren en meer mensen met alleen een financieel of huisvestingsprobleem.',
          'De monitor pleit voor meer preventie van huisuitzettingen en voor de inzet van Housing First voor mensen die langdurig dakloos zijn.',
        ],
      },
    ],
    experts: [
      {
        role: 'regiocoördinator beschermd wonen',
        gemeente: 'GM0307',
        knows:
          'Zij coördineert namens de centrumgemeente de samenwerking met de regiogemeenten en bereidt de doordecentralisatie voor.',
        keywords: ['doordecentralisatie', 'centrumgemeente', 'uitstroom'],
      },
      {
        role: 'ervaringsdeskundige en adviseur herstel',
        knows:
          'Hij woonde zelf vijf jaar in een voorziening voor beschermd wonen en adviseert gemeenten over herstelgerichte ondersteuning en de overgang naar zelfstandig wonen.',
        keywords: ['ervaringsdeskundigheid', 'herstel', 'zelfstandig wonen'],
        access: 'MEMBERS',
      },
    ],
    dossiers: [
      {
        title: 'Doordecentralisatie beschermd wonen',
        intro:
          'Een dossier voor gemeenten die zich voorbereiden op de doordecentralisatie van beschermd wonen: het regionale koersdocument, onderzoek naar uitstroom en vragen van gemeenten over de verdeling van taken.',
        notes: ['Het koersdocument beschrijft de verdeelsleutel en de overgangsperiode.'],
        year: 2024,
      },
    ],
  },
  {
    key: 'mantelzorg',
    domains: ['6.1', '6.714'],
    tags: ['mantelzorg', 'respijtzorg'],
    stakeholders: 'mantelzorgers, het steunpunt mantelzorg en huisartsen',
    background: [
      'Ongeveer een op de drie volwassenen geeft mantelzorg aan een naaste. Gemeenten ondersteunen mantelzorgers met informatie en advies, respijtzorg, een jaarlijkse waardering en soms een vergoeding voor vervangende zorg. Jonge mantelzorgers blijven vaak buiten beeld.',
    ],
    questions: [
      {
        title: 'Mantelzorgwaardering: bon, cadeau of geld?',
        text: 'Wij herzien in {gemeente} de jaarlijkse mantelzorgwaardering. Geven jullie een geldbedrag, een bon voor lokale ondernemers of iets anders? En hoe bereiken jullie mantelzorgers die zich niet melden?',
        answer:
          'Wij geven sinds twee jaar een cadeaubon van vijftig euro die bij lokale ondernemers te besteden is. Aanmelden kan door de mantelzorger zelf, maar ook door de huisarts of de wijkverpleging. Zo bereiken we jaarlijks ruim tweeduizend mantelzorgers, bijna het dubbele van voorheen.',
        year: 2019,
      },
      {
        title: 'Hoe bereiken jullie jonge mantelzorgers?',
        text: 'Jonge mantelzorgers melden zich nauwelijks bij het steunpunt. Wie heeft een aanpak via scholen of sportverenigingen die werkt?',
        answer:
          'Wij trainen mentoren op middelbare scholen om jonge mantelzorgers te herkennen. Elke school heeft een aandachtsfunctionaris die jongeren doorverwijst naar een lotgenotengroep. Het aantal bekende jonge mantelzorgers is in een jaar verdrievoudigd.',
        year: 2023,
      },
      {
        title: 'Respijtzorg: logeervoorziening voor mensen met dementie',
        text: 'Mantelzorgers van mensen met dementie vragen om een logeervoorziening, zodat zij af en toe een weekend vrij hebben. Hoe hebben jullie dit georganiseerd en gefinancierd?',
        year: 2026,
      },
    ],
    reports: [
      {
        title: 'Mantelzorgonderzoek {gemeente}: belasting en behoeften van mantelzorgers',
        kind: 'ONDERZOEK',
        year: 2020,
        summary:
          'Een enquête onder ruim achthonderd mantelzorgers laat zien dat een op de zes zich zwaar belast voelt. Mantelzorgers vragen vooral om praktische hulp, respijtzorg en erkenning.',
        paragraphs: [
          'Mantelzorgers die voor een partner met dementie zorgen, zijn het zwaarst belast. Veel mantelzorgers weten niet dat zij respijtzorg kunnen aanvragen.',
          'Het onderzoek adviseert de informatie over respijtzorg te verbeteren, huisartsen te betrekken bij het signaleren van overbelasting en de mantelzorgwaardering eenvoudiger aan te vragen.',
        ],
      },
      {
        title: 'Handreiking jonge mantelzorgers op school',
        kind: 'HANDREIKING',
        byInstitute: true,
        year: 2022,
        summary:
          'Een praktische handreiking voor scholen en gemeenten om jonge mantelzorgers te herkennen en te ondersteunen, met lesmateriaal en een stappenplan voor mentoren.',
        paragraphs: [
          'Een op de vijf scholieren groeit op met een ziek of beperkt gezinslid. De handreiking geeft signalen waaraan mentoren jonge mantelzorgers herkennen, zoals vermoeidheid, verzuim en terughoudendheid over thuis.',
          'Scholen kunnen samenwerken met het steunpunt mantelzorg voor lotgenotencontact en met het lokale team wanneer de situatie thuis meer ondersteuning vraagt.',
        ],
      },
    ],
    experts: [
      {
        role: 'consulent mantelzorg',
        knows:
          'Zij werkt bij het steunpunt mantelzorg, organiseert respijtzorg en de jaarlijkse mantelzorgwaardering, en begeleidt lotgenotengroepen voor jonge mantelzorgers.',
        keywords: ['respijtzorg', 'jonge mantelzorgers', 'mantelzorgwaardering'],
      },
    ],
    dossiers: [
      {
        title: 'Ondersteuning van mantelzorgers',
        intro:
          'Wat hebben mantelzorgers nodig, en hoe bereik je hen? Onderzoek naar de belasting van mantelzorgers, een handreiking voor jonge mantelzorgers en ervaringen met respijtzorg en mantelzorgwaardering.',
        notes: ['Jonge mantelzorgers: begin bij de handreiking voor scholen.'],
        year: 2023,
      },
    ],
  },
  {
    key: 'pgb',
    domains: ['6.791', '6.792'],
    tags: ['pgb'],
    stakeholders: 'budgethouders, consulenten en de Sociale Verzekeringsbank',
    background: [
      'Met een pgb kopen inwoners zelf hun ondersteuning in, bijvoorbeeld bij een zorgverlener uit hun eigen omgeving. De Sociale Verzekeringsbank betaalt de zorgverleners uit namens de budgethouder. Gemeenten stellen de tarieven vast en toetsen of de budgethouder het pgb kan beheren.',
    ],
    questions: [
      {
        title: 'Pgb-tarief voor informele zorg: welk percentage hanteren jullie?',
        text: 'Wij herzien de tarieven voor het pgb. Welk tarief hanteren jullie voor ondersteuning door familie of bekenden, en hoe hebben jullie dat onderbouwd?',
        answer:
          'Bij ons is het tarief voor informele zorg gelijk aan het minimumloon plus vakantiegeld, omgerekend naar een uurtarief. Voor professionele zorgverleners hanteren we negentig procent van het tarief voor zorg in natura. De onderbouwing staat in de nadere regels; die delen we graag.',
        year: 2021,
      },
      {
        title: 'Misbruik van het pgb voorkomen: welke controles doen jullie?',
        text: 'Na een signaal van misbruik willen wij onze controles op het pgb verscherpen. Werken jullie met huisbezoeken, steekproeven of een toets op de bekwaamheid van de budgethouder?',
        answer:
          'Wij voeren bij elke nieuwe aanvraag een bekwaamheidstoets uit met een vast gesprek en vragenlijst. Daarnaast controleren we jaarlijks een steekproef van tien procent van de budgethouders, met een huisbezoek. Bij twijfel schakelen we de toezichthouder Wmo in.',
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Pgb-gebruik in Wmo en jeugd: trends 2019-2024',
        kind: 'ONDERZOEK',
        year: 2025,
        summary:
          'Het aantal budgethouders met een pgb voor Wmo-ondersteuning daalde licht, terwijl het gebruik van het pgb voor jeugd steeg. Het onderzoek beschrijft de verschuiving van professionele naar informele zorgverleners.',
        paragraphs: [
          'Ruim zestig procent van de pgb’s voor jeugd wordt besteed aan zorg door ouders, grootouders of andere familie. Bij de Wmo is dat ongeveer een derde.',
          'Het onderzoek adviseert de bekwaamheidstoets te standaardiseren en budgethouders beter te informeren over hun verantwoordelijkheden als werkgever.',
        ],
      },
    ],
    experts: [
      {
        role: 'pgb-consulent',
        knows:
          'Zij voert bekwaamheidstoetsen uit, adviseert budgethouders over hun rol als opdrachtgever en werkt samen met de Sociale Verzekeringsbank.',
        keywords: ['pgb', 'budgethouders', 'bekwaamheidstoets'],
      },
    ],
  },
];
