import type { Topic } from './types';

/**
 * Sport, cultuur, begraafplaatsen, onderwijs, economie en toerisme. Deliberate wording: the
 * toeristenbelasting documents never split the word ("toeristen belasting" is a compound query).
 */
export const LEEFOMGEVING: readonly Topic[] = [
  {
    key: 'sport',
    domains: ['5.1', '5.2'],
    tags: ['sport', 'bewegen'],
    stakeholders: 'sportverenigingen, buurtsportcoaches, scholen en de sportraad',
    background: [
      'Met het Nationaal Sportakkoord zijn in bijna alle gemeenten lokale sportakkoorden gesloten tussen de gemeente, sportaanbieders en maatschappelijke partners. Een sportformateur helpt bij het opstellen, een buurtsportcoach bij de uitvoering. Vanaf 2026 wordt een basisniveau voor sport en bewegen een taak van gemeenten.',
      'Sportaccommodaties zijn een grote kostenpost. Zwembaden en sporthallen zijn vaak verouderd en energie-intensief; gemeenten kiezen tussen renovatie, nieuwbouw of samenwerking met buurgemeenten.',
    ],
    questions: [
      {
        title: 'Lokaal sportakkoord: hoe houden jullie de beweging gaande?',
        text: 'Ons sportakkoord is twee jaar geleden gesloten, maar de energie loopt terug. Hoe houden jullie partners betrokken, en wie is trekker na het vertrek van de sportformateur?',
        answer:
          'Wij hebben een kernteam van vijf partners dat elk kwartaal bij elkaar komt, met een buurtsportcoach als vaste trekker. Elk jaar kiezen we twee speerpunten, zoals bewegen voor ouderen en sporten voor kinderen uit gezinnen met weinig geld. Kleine, zichtbare successen houden de partners betrokken.',
        year: 2022,
      },
      {
        title: 'Energiekosten van het zwembad: hoe ondersteunen jullie de exploitant?',
        text: 'De exploitant van ons zwembad kan de gestegen energiekosten niet meer dragen. Hebben jullie de exploitatiebijdrage verhoogd, of geïnvesteerd in verduurzaming?',
        answer:
          'Wij hebben eenmalig de exploitatiebijdrage verhoogd en tegelijk geïnvesteerd in zonnepanelen, een warmtepomp en een afdekking van het wedstrijdbad. Het energieverbruik daalde met een derde. De landelijke regeling voor sportaccommodaties dekte een deel van de investering.',
        year: 2023,
      },
      {
        title: 'Buurtsportcoaches: betalen scholen mee?',
        text: 'Wij willen meer buurtsportcoaches inzetten op basisscholen. Vragen jullie cofinanciering van scholen of sportverenigingen?',
        year: 2026,
      },
    ],
    reports: [
      {
        title: 'Evaluatie lokaal sportakkoord {gemeente}',
        kind: 'EVALUATIE',
        year: 2023,
        summary:
          'Het lokale sportakkoord heeft geleid tot meer samenwerking tussen sportverenigingen, scholen en zorg. De sportdeelname van ouderen steeg, die van jongeren uit gezinnen met een laag inkomen bleef achter.',
        paragraphs: [
          'Met het sportakkoord zijn dertig projecten gestart, zoals beweegprogramma’s voor ouderen en een vitale-verenigingsaanpak. Vooral de verbinding tussen sport en zorg wordt gewaardeerd.',
          'De evaluatie adviseert het sportakkoord te verlengen en te verbinden aan het nieuwe basisniveau voor sport en bewegen.',
        ],
      },
      {
        title: 'Toekomst van het zwembad in {gemeente}: drie scenario’s',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2024,
        summary:
          'Het zwembad is na veertig jaar aan vervanging toe. Het onderzoek vergelijkt renovatie, nieuwbouw en een regionaal zwembad samen met een buurgemeente.',
        paragraphs: [
          'Renovatie is op korte termijn goedkoper, maar nieuwbouw heeft over dertig jaar de laagste kosten door een veel lager energieverbruik. Een regionaal zwembad vraagt afspraken over verdeling van kosten en openingstijden.',
          'Het onderzoek beveelt nieuwbouw aan met een instructiebad voor zwemles en een wedstrijdbad voor de verenigingen.',
        ],
      },
      {
        title: 'Monitor sportdeelname: ledentallen per sportvereniging',
        kind: 'MONITOR',
        year: 2025,
        summary:
          'De monitor beschrijft de sportdeelname van inwoners en de ontwikkeling van de ledentallen per sportvereniging na de coronaperiode.',
        paragraphs: [
          'De ledentallen van de meeste verenigingen zijn hersteld. Zwemverenigingen en gymnastiekclubs groeien; het aantal leden van tennisclubs daalde licht. Steeds meer inwoners sporten ongebonden, zoals hardlopen en fitness.',
          'De monitor raadt aan verenigingen te ondersteunen bij het werven van vrijwilligers.',
        ],
      },
    ],
    experts: [
      {
        role: 'sportconsulent',
        knows:
          'Hij begeleidde het lokale sportakkoord, ondersteunt sportverenigingen bij het werven van vrijwilligers en coördineert de buurtsportcoaches.',
        keywords: ['sportakkoord', 'buurtsportcoach', 'verenigingsondersteuning'],
      },
    ],
    dossiers: [
      {
        title: 'Sportakkoord en sportaccommodaties',
        intro:
          'Een dossier over lokale sportakkoorden, buurtsportcoaches en de toekomst van zwembaden en sporthallen.',
        notes: ['De scenariostudie voor het zwembad bevat een vergelijking van kosten over dertig jaar.'],
        year: 2025,
      },
    ],
  },
  {
    key: 'cultuur',
    domains: ['5.3', '5.4', '5.5'],
    tags: ['cultuur', 'erfgoed'],
    stakeholders: 'culturele instellingen, kunstenaars, scholen en de erfgoedcommissie',
    background: [
      'Gemeenten financieren een groot deel van de culturele infrastructuur: bibliotheken, muziekscholen, theaters, musea en cultuureducatie. Met de regeling Cultuureducatie met Kwaliteit werken zij samen met scholen aan structurele cultuurlessen.',
    ],
    questions: [
      {
        title: 'Subsidie voor amateurkunst: vaste subsidie of projectsubsidie?',
        text: 'Wij herzien de subsidieregeling voor amateurkunst. Geven jullie koren, harmonieën en toneelverenigingen een vaste jaarlijkse subsidie, of alleen projectsubsidies?',
        answer:
          'Wij geven een kleine vaste subsidie per vereniging voor de basis, zoals repetitieruimte en een dirigent, en daarnaast een projectbudget voor bijzondere voorstellingen en samenwerking met scholen. Zo houden we de basis overeind en belonen we vernieuwing.',
        year: 2020,
      },
      {
        title: 'Cultuureducatie op basisscholen: hoe organiseren jullie dat?',
        text: 'Hoe hebben jullie cultuureducatie met kwaliteit op basisscholen georganiseerd, en wie coördineert het aanbod?',
        answer:
          'Een cultuurcoach van het centrum voor de kunsten coördineert bij ons het aanbod. Elke school heeft een interne cultuurcoördinator en kiest uit een menu met lessen dans, muziek, beeldend en erfgoed. De gemeente betaalt de helft, de scholen de andere helft.',
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Cultuurnota {gemeente} 2025-2028',
        kind: 'BELEIDSNOTA',
        year: 2024,
        summary:
          'De cultuurnota zet in op cultuur dichtbij: in elke wijk een plek voor cultuur, meer cultuureducatie en ruimte voor makers. Het budget voor cultuur stijgt met tien procent.',
        paragraphs: [
          'De bibliotheek en het centrum voor de kunsten gaan samen in een cultuurhuis in het centrum en openen twee wijkvestigingen. Makers krijgen betaalbare ateliers in een leegstaand schoolgebouw.',
          'De nota introduceert een cultuurfonds voor kleine initiatieven van inwoners, met een snelle beslissing binnen vier weken.',
        ],
      },
      {
        title: 'Cultuurparticipatie van jongeren in de regio',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2019,
        summary:
          'Het onderzoek brengt in kaart hoe jongeren van twaalf tot achttien jaar aan cultuur deelnemen, en welke drempels zij ervaren.',
        paragraphs: [
          'Jongeren maken vooral zelf cultuur, zoals muziek en video, en bezoeken minder vaak musea en theaters. Kosten en vervoer zijn de belangrijkste drempels.',
          'Het onderzoek adviseert jongeren zelf te laten programmeren en cultuur te verbinden met sport en jongerenwerk.',
        ],
      },
      {
        title: 'Herbestemming van monumentale kerken: handreiking voor gemeenten',
        kind: 'HANDREIKING',
        year: 2021,
        summary:
          'Veel kerkgebouwen verliezen hun functie. De handreiking helpt gemeenten om samen met kerkbesturen en inwoners tijdig een kerkenvisie op te stellen en een nieuwe bestemming te vinden.',
        paragraphs: [
          'Een kerkenvisie brengt alle kerkgebouwen in beeld, met hun erfgoedwaarde en de verwachtingen van de eigenaren. Daarmee kan de gemeente op tijd meedenken over herbestemming.',
          'Voorbeelden van nieuwe functies zijn een bibliotheek, een zorgcentrum, woningen of een dorpshuis. De handreiking beschrijft subsidies voor restauratie en verduurzaming.',
        ],
      },
    ],
    experts: [
      {
        role: 'erfgoedspecialist',
        knows:
          'Zij adviseert over monumenten, kerkenvisies en herbestemming, en is secretaris van de erfgoedcommissie.',
        keywords: ['monumenten', 'kerkenvisie', 'herbestemming'],
      },
      {
        role: 'cultuurcoach',
        institute: 'Cultuurcentrum Midden-Nederland',
        knows:
          'Zij coördineert cultuureducatie op basisscholen en helpt scholen bij het kiezen van lessen muziek, dans en beeldende kunst.',
        keywords: ['cultuureducatie', 'basisonderwijs', 'cultuurcoördinator'],
      },
    ],
  },
  {
    key: 'begraven',
    domains: ['7.5'],
    tags: ['begraafplaatsen'],
    stakeholders: 'nabestaanden, uitvaartondernemers en de beheerders van de begraafplaatsen',
    background: [
      'Gemeenten beheren de meeste begraafplaatsen. Door de toename van crematies daalt het aantal begravingen, terwijl de kosten van onderhoud gelijk blijven. Steeds meer gemeenten bieden nieuwe vormen aan, zoals natuurbegraven en het bijzetten van urnen.',
    ],
    questions: [
      {
        title: 'Grafrechten: welke termijnen en tarieven hanteren jullie?',
        text: 'Wij herzien de verordening op de begraafplaatsen. Geven jullie grafrechten uit voor twintig of voor dertig jaar, en hoe verlengen jullie?',
        answer:
          'Wij geven grafrechten uit voor twintig jaar, met verlenging per tien jaar. Vijf jaar voor het einde sturen we de rechthebbende een brief. Het tarief voor een eigen graf is de laatste jaren kostendekkend gemaakt, met een overgangsregeling voor bestaande graven.',
        year: 2021,
      },
      {
        title: 'Ruimen van graven: hoe communiceren jullie met nabestaanden?',
        text: 'Wij moeten een deel van een oude begraafplaats ruimen. Hoe hebben jullie nabestaanden geïnformeerd, en wat gebeurt er met de grafmonumenten?',
        answer:
          'Wij hebben een jaar van tevoren borden op de begraafplaats geplaatst, advertenties geplaatst en alle bekende rechthebbenden aangeschreven. Nabestaanden konden het grafmonument ophalen. Stoffelijke resten zijn herbegraven in een verzamelgraf met een gedenkteken.',
        year: 2019,
      },
      {
        title: 'Natuurbegraven op een gemeentelijke begraafplaats',
        text: 'Inwoners vragen om natuurbegraven. Heeft iemand een deel van de gemeentelijke begraafplaats ingericht als natuurbegraafplaats?',
        year: 2025,
      },
    ],
    reports: [
      {
        title: 'Behoefteraming begraafplaatsen {gemeente} 2025-2045',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2024,
        summary:
          'De behoefteraming laat zien dat de bestaande begraafplaatsen tot 2045 voldoende ruimte hebben, mits graven na afloop van de grafrechten worden geruimd.',
        paragraphs: [
          'Het aandeel begravingen daalt naar verwachting van dertig naar twintig procent. Tegelijk groeit de vraag naar urnengraven en natuurbegraven.',
          'Het onderzoek adviseert een deel van de grootste begraafplaats in te richten voor natuurbegraven.',
        ],
      },
      {
        title: 'Beheerplan begraafplaatsen: onderhoud en kostendekkendheid',
        kind: 'BELEIDSNOTA',
        year: 2022,
        summary:
          'Het beheerplan beschrijft het onderhoudsniveau van de vier gemeentelijke begraafplaatsen en het pad naar kostendekkende tarieven.',
        paragraphs: [
          'Het onderhoud wordt afgestemd op het karakter van de begraafplaats: de oude begraafplaatsen krijgen een parkachtig beheer met aandacht voor cultuurhistorie.',
          'De tarieven stijgen in vijf jaar naar een kostendekkendheid van negentig procent.',
        ],
      },
    ],
    experts: [
      {
        role: 'beheerder begraafplaatsen',
        knows:
          'Hij beheert vier gemeentelijke begraafplaatsen, heeft ruimingen begeleid en kent de regels voor grafrechten en natuurbegraven.',
        keywords: ['grafrechten', 'ruiming', 'natuurbegraven'],
      },
    ],
  },
  {
    key: 'onderwijshuisvesting',
    domains: ['4.2'],
    tags: ['onderwijshuisvesting', 'scholen'],
    stakeholders: 'schoolbesturen, directeuren, ouders en de afdeling vastgoed',
    background: [
      'Gemeenten zijn verantwoordelijk voor nieuwbouw en uitbreiding van schoolgebouwen, schoolbesturen voor het onderhoud. Veel schoolgebouwen zijn verouderd en voldoen niet aan de eisen voor binnenklimaat en energie. In een integraal huisvestingsplan leggen gemeente en schoolbesturen samen de prioriteiten vast.',
    ],
    questions: [
      {
        title: 'Integraal huisvestingsplan: hoe maken jullie afspraken met schoolbesturen?',
        text: 'Wij stellen ons eerste integraal huisvestingsplan op. Hoe hebben jullie de volgorde van projecten bepaald, en wie betaalt de verduurzaming bij renovatie?',
        answer:
          'Wij hebben de volgorde bepaald met een scan van alle gebouwen op technische staat, binnenklimaat en leerlingprognose. De gemeente betaalt de renovatie, de schoolbesturen dragen bij aan de verduurzaming omdat zij profiteren van lagere energielasten. Dat is vastgelegd in een convenant.',
        year: 2022,
      },
      {
        title: 'Tijdelijke lokalen bij groeiende leerlingenaantallen',
        text: 'Een school in een nieuwbouwwijk groeit harder dan verwacht. Plaatsen jullie tijdelijke lokalen, en hoe lang mogen die blijven staan?',
        answer:
          'Wij plaatsen huurlokalen met een vergunning voor tien jaar. Na vijf jaar kijken we opnieuw naar de prognose; soms is de piek dan voorbij en kunnen de lokalen naar een andere school.',
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Integraal huisvestingsplan onderwijs {gemeente} 2024-2040',
        kind: 'BELEIDSNOTA',
        year: 2024,
        summary:
          'Het integraal huisvestingsplan beschrijft voor alle basisscholen en scholen voor voortgezet onderwijs welke gebouwen de komende zestien jaar worden vernieuwd of gerenoveerd.',
        paragraphs: [
          'Zeven van de negentien schoolgebouwen worden vervangen door nieuwbouw, vier worden gerenoveerd. Bij nieuwbouw worden kindcentra gebouwd met kinderopvang en onderwijs onder één dak.',
          'Het plan vraagt een investering van ruim zestig miljoen euro, verdeeld over drie raadsperiodes.',
        ],
      },
      {
        title: 'Frisse scholen: binnenklimaat van basisscholen gemeten',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2021,
        summary:
          'Metingen in vijfentwintig basisscholen laten zien dat in bijna alle lokalen de concentratie koolstofdioxide te hoog is. Het onderzoek geeft maatregelen per type gebouw.',
        paragraphs: [
          'In oudere gebouwen zonder mechanische ventilatie is de luchtkwaliteit het slechtst. Ramen openzetten helpt, maar zorgt in de winter voor kou en tocht.',
          'Het rapport adviseert bij renovatie balansventilatie met warmteterugwinning aan te leggen en het binnenklimaat te monitoren met sensoren.',
        ],
      },
    ],
    experts: [
      {
        role: 'adviseur onderwijshuisvesting',
        knows:
          'Zij stelde het integraal huisvestingsplan op, begeleidt nieuwbouw van kindcentra en onderhandelt met schoolbesturen over verduurzaming.',
        keywords: ['integraal huisvestingsplan', 'kindcentra', 'binnenklimaat'],
      },
    ],
  },
  {
    key: 'leerlingenvervoer',
    domains: ['4.3'],
    tags: ['leerlingenvervoer'],
    stakeholders: 'ouders, scholen voor speciaal onderwijs en vervoerders',
    background: [
      'Gemeenten vergoeden het vervoer naar school voor leerlingen die door een beperking of een grote afstand niet zelfstandig naar school kunnen. Het meeste leerlingenvervoer gaat naar scholen voor speciaal onderwijs, vaak buiten de gemeente. Tekorten aan chauffeurs en stijgende kosten zetten het vervoer onder druk.',
    ],
    questions: [
      {
        title: 'Eigen bijdrage leerlingenvervoer: hoe berekenen jullie die?',
        text: 'Voor leerlingen in het basisonderwijs mogen gemeenten een eigen bijdrage vragen. Doen jullie dat, en hoe houden jullie rekening met het inkomen van ouders?',
        answer:
          'Wij vragen een eigen bijdrage ter hoogte van de kosten van een openbaarvervoerabonnement voor de eerste zes kilometer, alleen bij ouders met een inkomen boven een bepaalde grens. Voor leerlingen in het speciaal onderwijs vragen we geen bijdrage.',
        year: 2020,
      },
      {
        title: 'Reistijd in het leerlingenvervoer: hoe lang is te lang?',
        text: 'Ouders klagen dat hun kind meer dan een uur in de taxi zit. Welke maximale reistijd spreken jullie af met de vervoerder?',
        answer:
          'Wij hebben met de vervoerder een maximale reistijd afgesproken van anderhalf keer de directe rijtijd, met een absolute grens van vijfenzeventig minuten. De vervoerder rapporteert elke maand over overschrijdingen.',
        year: 2023,
      },
      {
        title: 'Zelfstandig reizen: trainen jullie leerlingen om met het openbaar vervoer te gaan?',
        text: 'Wij willen leerlingen die het kunnen, leren zelfstandig te reizen. Wie heeft een reistraining, en hoe overtuigen jullie ouders?',
        answer:
          'Wij bieden een reistraining van zes tot tien weken, gegeven door een jobcoach. Ouders krijgen een telefoonnummer voor noodgevallen en de eerste maand een vervoersgarantie. Jaarlijks gaan zo ongeveer veertig leerlingen zelfstandig reizen.',
        year: 2025,
      },
    ],
    reports: [
      {
        title: 'Evaluatie regionale aanbesteding leerlingenvervoer',
        kind: 'EVALUATIE',
        year: 2022,
        summary:
          'De gemeenten in de regio hebben het leerlingenvervoer samen aanbesteed. De evaluatie laat zien dat de kosten per rit lager zijn, maar dat ouders vaker klagen over wisselende chauffeurs.',
        paragraphs: [
          'De kosten per leerling daalden met zes procent door efficiëntere routes. Het aantal klachten steeg, vooral over vaste chauffeurs en reistijd.',
          'De evaluatie adviseert in het volgende contract een vaste chauffeur per route te eisen en boetes te koppelen aan de reistijd.',
        ],
      },
      {
        title: 'Verordening leerlingenvervoer {gemeente}: toelichting bij de herziening',
        kind: 'BELEIDSNOTA',
        year: 2019,
        summary:
          'De herziene verordening leerlingenvervoer stimuleert zelfstandig reizen, legt de drempelafstand vast en regelt de eigen bijdrage voor ouders.',
        paragraphs: [
          'De drempelafstand blijft zes kilometer. Leerlingen die zelfstandig kunnen reizen, krijgen een vergoeding voor het openbaar vervoer in plaats van aangepast vervoer.',
          'De verordening maakt maatwerk mogelijk voor leerlingen met een medische indicatie.',
        ],
      },
    ],
    experts: [
      {
        role: 'consulent leerlingenvervoer',
        knows:
          'Hij beoordeelt aanvragen voor leerlingenvervoer, begeleidt reistrainingen en is aanspreekpunt voor ouders en vervoerders.',
        keywords: ['aangepast vervoer', 'reistraining', 'verordening'],
      },
    ],
  },
  {
    key: 'economie',
    domains: ['3.1', '3.3', '3.4'],
    tags: ['economie', 'ondernemers', 'mkb'],
    stakeholders: 'ondernemers, winkeliersverenigingen, vastgoedeigenaren en de Kamer van Koophandel',
    background: [
      'Gemeenten ondersteunen het midden- en kleinbedrijf met een ondernemersloket, een bedrijvencontactfunctionaris en beleid voor winkelgebieden en bedrijventerreinen. Leegstand in binnensteden en een tekort aan bedrijfsruimte voor kleine ondernemers zijn veelgenoemde knelpunten.',
    ],
    questions: [
      {
        title: 'Leegstand in de binnenstad: werken jullie met een transformatiefonds?',
        text: 'De winkelleegstand in ons centrum loopt op. Hebben jullie een fonds of regeling om winkelpanden om te bouwen tot woningen of andere functies?',
        answer:
          'Wij hebben een revolverend transformatiefonds waaruit eigenaren een lening krijgen om panden in de aanloopstraten om te bouwen tot woningen. Het kernwinkelgebied houden we compact. Een centrummanager voert de gesprekken met eigenaren.',
        year: 2021,
      },
      {
        title: 'Ondernemersloket: één aanspreekpunt voor het mkb?',
        text: 'Ondernemers klagen dat zij voor een vergunning, een subsidie en een vraag over de bestemming bij drie afdelingen moeten zijn. Hoe hebben jullie het ondernemersloket georganiseerd?',
        answer:
          'Bij ons heeft elke ondernemer één accountmanager die de vraag intern uitzet en de ondernemer op de hoogte houdt. Voor startende ondernemers is er een maandelijks spreekuur samen met de Kamer van Koophandel.',
        year: 2023,
      },
    ],
    reports: [
      {
        title: 'Mkb-monitor {gemeente}: ondernemers over het vestigingsklimaat',
        kind: 'MONITOR',
        year: 2022,
        summary:
          'Ruim zeshonderd ondernemers beoordeelden het vestigingsklimaat. Zij zijn positief over de bereikbaarheid, maar kritisch over de snelheid van vergunningen en het tekort aan bedrijfsruimte.',
        paragraphs: [
          'Het rapportcijfer voor de gemeente als dienstverlener is een 6,4. Ondernemers vragen om één aanspreekpunt en snellere procedures.',
          'Vooral kleine bedrijven in de bouw en de techniek zoeken ruimte om te groeien. De monitor adviseert een bedrijfsverzamelgebouw voor het mkb.',
        ],
      },
      {
        title: 'Economische agenda {gemeente} 2024-2028',
        kind: 'BELEIDSNOTA',
        year: 2024,
        summary:
          'De economische agenda kiest voor een sterke binnenstad, ruimte voor het mkb op bedrijventerreinen en de aansluiting tussen onderwijs en arbeidsmarkt.',
        paragraphs: [
          'De gemeente herstructureert twee verouderde bedrijventerreinen en zet in op parkmanagement met de ondernemers.',
          'Voor de binnenstad werken gemeente, ondernemers en vastgoedeigenaren samen in een ondernemersfonds.',
        ],
      },
    ],
    experts: [
      {
        role: 'bedrijvencontactfunctionaris',
        knows:
          'Zij is het aanspreekpunt voor ondernemers, begeleidt vestigingsvragen en kent de regelingen voor het mkb en de binnenstad.',
        keywords: ['ondernemersloket', 'vestigingsklimaat', 'binnenstad'],
      },
    ],
  },
  {
    key: 'toerisme',
    domains: ['3.4', '0.64', '5.7'],
    tags: ['toerisme', 'recreatie'],
    stakeholders: 'recreatieondernemers, de VVV en bewoners van toeristische kernen',
    background: [
      'Toerisme levert werkgelegenheid op, maar ook drukte in populaire kernen en natuurgebieden. Gemeenten heffen toeristenbelasting en gebruiken de opbrengst voor promotie, voorzieningen en handhaving. Vakantieverhuur van woningen via online platforms vraagt om registratie en regels.',
    ],
    questions: [
      {
        title: 'Toeristenbelasting per persoon per nacht of een percentage?',
        text: 'Wij herzien de toeristenbelasting. Heffen jullie een vast bedrag per persoon per nacht of een percentage van de overnachtingsprijs? En hoe controleren jullie de aangiftes?',
        answer:
          'Wij zijn overgestapt op een percentage van de overnachtingsprijs, omdat dat eerlijker is voor goedkope logies. Controle gebeurt met steekproeven in de nachtregisters en met gegevens van de platforms. De opbrengst steeg met een kwart.',
        year: 2022,
      },
      {
        title: 'Vakantieverhuur van woningen: registratieplicht en maximum aantal nachten?',
        text: 'Steeds meer woningen in {gemeente} worden via platforms verhuurd aan toeristen. Hebben jullie een registratieplicht en een maximum aantal nachten ingevoerd?',
        answer:
          'Wij hebben een registratieplicht en een maximum van dertig nachten per jaar. Verhuurders moeten ook melden bij elke verhuur. Een medewerker van handhaving controleert advertenties op de platforms.',
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Toeristenbelasting in de regio: tarieven en opbrengsten',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2023,
        summary:
          'Het onderzoek vergelijkt de toeristenbelasting in vijftien gemeenten: de tarieven, de heffingsgrondslag, de opbrengst en de besteding.',
        paragraphs: [
          'De tarieven lopen uiteen van een euro tot ruim vier euro per persoon per nacht. Gemeenten met een percentage van de overnachtingsprijs hebben per overnachting de hoogste opbrengst.',
          'Het onderzoek adviseert regionaal af te stemmen om grote verschillen tussen buurgemeenten te voorkomen.',
        ],
      },
      {
        title: 'Visie op toerisme en recreatie {gemeente} 2030',
        kind: 'BELEIDSNOTA',
        year: 2025,
        summary:
          'De visie kiest voor kwaliteit boven kwantiteit: spreiding van bezoekers, bescherming van natuurgebieden en ruimte voor kleinschalige verblijfsrecreatie.',
        paragraphs: [
          'Nieuwe grootschalige vakantieparken worden niet meer toegestaan. Bestaande parken krijgen hulp bij vernieuwing, met aandacht voor permanente bewoning.',
          'De opbrengst van de toeristenbelasting gaat voor een deel naar het onderhoud van fiets- en wandelpaden.',
        ],
      },
    ],
    experts: [
      {
        role: 'beleidsmedewerker recreatie en toerisme',
        knows:
          'Hij schreef de visie op toerisme en recreatie, werkt samen met de VVV en recreatieondernemers en kent de regels voor toeristenbelasting en vakantieverhuur.',
        keywords: ['vakantieverhuur', 'recreatie', 'toeristenbelasting'],
      },
    ],
  },
];
