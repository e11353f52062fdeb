import type { Topic } from './types';

/**
 * Sociaal domein: inkomen, schulden, werk en inburgering. Deliberate wording: `bijstand-r1` says
 * only "Participatiewet" (never "bijstand"), `bijstand-r2` only "bijstand" (never "Participatiewet");
 * no document says "kinderarmoede" or "schuldsanering" (the queries reach them through compounds and
 * synonyms).
 */
export const SOCIAAL_INKOMEN: readonly Topic[] = [
  {
    key: 'armoede',
    domains: ['6.3'],
    tags: ['armoede', 'minimaregelingen'],
    stakeholders: 'inwoners met een laag inkomen, maatschappelijke organisaties en klantmanagers',
    background: [
      'Ongeveer een op de vijftien kinderen in Nederland groeit op in een huishouden met een laag inkomen. Gemeenten bieden minimaregelingen zoals een individuele inkomenstoeslag, een meedoenregeling, een collectieve zorgverzekering en bijzondere bijstand. Een groot deel van de inwoners die er recht op hebben, maakt er geen gebruik van.',
      'De inkomensgrens voor minimaregelingen ligt in de meeste gemeenten tussen 110 en 130 procent van het sociaal minimum. Een hogere grens voorkomt dat werkende inwoners met een laag inkomen net buiten de regelingen vallen, maar kost meer.',
    ],
    questions: [
      {
        title: 'Hoe verhogen jullie het bereik van minimaregelingen?',
        text: 'Uit onze cijfers blijkt dat minder dan de helft van de inwoners met recht op een minimaregeling er gebruik van maakt. Welke aanpak heeft bij jullie het bereik vergroot?',
        answer:
          'Wij sturen inwoners van wie we het inkomen kennen, bijvoorbeeld uit de bijstand of de kwijtschelding, automatisch een brief met een vooraf ingevuld aanvraagformulier. Daarnaast staan er vrijwilligers van de formulierenbrigade in de bibliotheek. Het gebruik van de meedoenregeling steeg daardoor met veertig procent.',
        year: 2021,
      },
      {
        title: 'Armoede onder kinderen: hoe zetten jullie het Kindpakket in?',
        text: 'Wij willen de armoede onder kinderen in {gemeente} beter bestrijden. Werken jullie met een Kindpakket, met een vast bedrag per kind of met voorzieningen in natura zoals een fiets en een laptop?',
        answer:
          'Wij hebben een Kindpakket waarin ouders uit een menu kiezen: zwemles, een sportclub, muziekles, een laptop of een fiets. Het voordeel van voorzieningen in natura is dat het geld zeker bij het kind terechtkomt. Ouders kunnen het pakket aanvragen via school of via het lokale team.',
        tags: ['armoede', 'kinderen', 'kindpakket'],
        year: 2022,
      },
      {
        title: 'Inkomensgrens voor minimaregelingen: 120 of 130 procent?',
        text: 'Het college van {gemeente} overweegt de inkomensgrens voor minimaregelingen te verhogen naar 130 procent van het sociaal minimum. Wie heeft dit al gedaan, en wat betekende het voor het aantal aanvragen en de kosten?',
        answer:
          'Wij verhoogden de grens in 2022 naar 130 procent. Het aantal huishoudens dat in aanmerking komt steeg met ongeveer een kwart; de uitgaven stegen minder hard, omdat niet iedereen direct een aanvraag deed. Let op de armoedeval: zorg dat regelingen geleidelijk afbouwen boven de grens.',
        year: 2023,
      },
    ],
    reports: [
      {
        title: 'Armoedebeleid {gemeente} 2023-2026: iedereen doet mee',
        kind: 'BELEIDSNOTA',
        year: 2023,
        summary:
          'De nota beschrijft het armoedebeleid voor de komende jaren: een hogere inkomensgrens, een betere bekendheid van de regelingen en extra aandacht voor werkende armen en voor kinderen.',
        paragraphs: [
          'De gemeente verhoogt de inkomensgrens voor de meedoenregeling en de individuele inkomenstoeslag naar 130 procent van het sociaal minimum. Inwoners krijgen één aanvraagformulier voor alle regelingen.',
          'Met scholen, huisartsen en sportclubs maakt de gemeente afspraken om signalen van geldzorgen door te geven. Het effect van het armoedebeleid wordt jaarlijks gemeten met een monitor.',
        ],
      },
      {
        title: 'Niet-gebruik van minimaregelingen: wie bereiken we niet?',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2021,
        summary:
          'Het onderzoek schat dat ruim de helft van de rechthebbenden geen gebruik maakt van de minimaregelingen. Vooral werkende huishoudens en zelfstandigen met een laag inkomen blijven buiten beeld.',
        paragraphs: [
          'Redenen voor niet-gebruik zijn onbekendheid, schaamte, ingewikkelde formulieren en angst om later te moeten terugbetalen. Werkende huishoudens denken vaak dat de regelingen alleen voor mensen in de bijstand zijn.',
          'Het rapport beveelt proactieve dienstverlening aan: gegevens die de gemeente al heeft gebruiken om inwoners te benaderen, en aanvragen eenvoudiger maken.',
        ],
      },
      {
        title: 'Kinderen in armoede: evaluatie van het Kindpakket',
        kind: 'EVALUATIE',
        year: 2024,
        tags: ['armoede', 'kinderen', 'kindpakket'],
        summary:
          'Het Kindpakket geeft kinderen uit gezinnen met een laag inkomen toegang tot sport, cultuur en schoolspullen. De evaluatie laat zien dat het bereik is verdubbeld en dat ouders het pakket waarderen.',
        paragraphs: [
          'Ruim zeventienhonderd kinderen ontvingen in het afgelopen jaar een Kindpakket. Zwemles, een sportclub en een laptop worden het meest gekozen. Ouders geven aan dat hun kinderen daardoor minder buiten de boot vallen.',
          'De armoede onder kinderen is met het pakket niet opgelost: de evaluatie raadt aan om ook de ouders te ondersteunen met schuldhulp en werk.',
        ],
      },
    ],
    experts: [
      {
        role: 'beleidsadviseur armoede en schulden',
        knows:
          'Hij ontwikkelde het Kindpakket en de proactieve benadering van inwoners die recht hebben op minimaregelingen, en is lid van het regionale netwerk armoedebestrijding.',
        keywords: ['minimaregelingen', 'kindpakket', 'niet-gebruik'],
      },
      {
        role: 'onderzoeker armoede en bestaanszekerheid',
        institute: 'Kennisinstituut Stad en Regio',
        knows:
          'Hij onderzoekt het niet-gebruik van regelingen en de effecten van proactieve dienstverlening, en begeleidt gemeenten bij het meten van hun armoedebeleid.',
        keywords: ['bestaanszekerheid', 'niet-gebruik', 'monitoring'],
      },
    ],
    dossiers: [
      {
        title: 'Armoede en minimaregelingen',
        intro:
          'Wat werkt om inwoners met een laag inkomen te bereiken en te ondersteunen? Dit dossier bevat beleidsnota’s, onderzoek naar niet-gebruik en ervaringen van gemeenten met regelingen voor kinderen.',
        notes: ['Het onderzoek naar niet-gebruik is een goed startpunt voor nieuw beleid.'],
        year: 2024,
      },
    ],
  },
  {
    key: 'schulden',
    domains: ['6.3', '6.23'],
    tags: ['schuldhulpverlening', 'schulden'],
    stakeholders: 'schuldhulpverleners, schuldeisers, vrijwilligers en inwoners met schulden',
    background: [
      'Sinds de wijziging van de Wet gemeentelijke schuldhulpverlening in 2021 mogen gemeenten gegevens van woningcorporaties, energieleveranciers, zorgverzekeraars en drinkwaterbedrijven gebruiken om inwoners met betalingsachterstanden vroeg te benaderen. Hoe eerder iemand hulp krijgt, hoe kleiner de schuld.',
      'Schuldhulpverlening bestaat uit stabilisatie van de situatie, een schuldregeling en nazorg. Vrijwilligersorganisaties helpen inwoners met hun administratie en verlagen de drempel om hulp te vragen.',
    ],
    questions: [
      {
        title: 'Vroegsignalering van schulden: welke partners leveren signalen aan?',
        text: 'Wij starten in {gemeente} met vroegsignalering. Met welke partners hebben jullie convenanten gesloten, en hoeveel procent van de benaderde inwoners gaat in op het aanbod?',
        answer:
          'Wij ontvangen signalen van de corporaties, de energieleveranciers, de zorgverzekeraars en het waterbedrijf. Ongeveer een derde van de inwoners die we benaderen, gaat in op een gesprek. Een huisbezoek zonder afspraak werkt beter dan een brief.',
        year: 2022,
      },
      {
        title: 'Schuldhulpverlening aan ondernemers: wie heeft een goede werkwijze?',
        text: 'Zelfstandig ondernemers met schulden vallen vaak tussen wal en schip. Hoe organiseren jullie schuldhulpverlening voor ondernemers, en werken jullie samen met organisaties als Ondernemersklankbord?',
        answer:
          'Wij hebben een schuldhulpverlener die gespecialiseerd is in ondernemers en nauw samenwerkt met de Bbz-consulent. Samen beoordelen zij of het bedrijf levensvatbaar is. Vrijwilligers van een ondernemersorganisatie helpen met de boekhouding.',
        year: 2023,
      },
      {
        title: 'Wachtlijsten bij schuldhulpverlening terugdringen',
        text: 'Inwoners wachten bij ons soms acht weken op een eerste gesprek voor schuldhulpverlening. De wet schrijft voor binnen drie werkdagen bij spoed. Hoe houden jullie de wachttijd kort?',
        answer:
          'Wij werken met een inloopspreekuur waar iedereen zonder afspraak terecht kan. Het eerste gesprek richt zich alleen op stabiliseren: afspraken met schuldeisers en het veiligstellen van vaste lasten. Daarna volgt de intake. Zo is er geen wachtlijst meer voor het eerste gesprek.',
        year: 2019,
      },
    ],
    reports: [
      {
        title: 'Evaluatie vroegsignalering schulden {gemeente}',
        kind: 'EVALUATIE',
        year: 2024,
        summary:
          'In twee jaar ontving de gemeente ruim vierduizend signalen van betalingsachterstanden. Een derde van de benaderde huishoudens kreeg daarna hulp. De evaluatie laat zien dat de schulden van deze inwoners lager zijn dan bij reguliere aanmeldingen.',
        paragraphs: [
          'Huishoudens die via vroegsignalering in beeld kwamen, hadden gemiddeld vierduizend euro schuld; bij inwoners die zich zelf meldden was dat ruim vijftienduizend euro.',
          'Aanbevolen wordt om ook signalen van de Belastingdienst en van de gemeentelijke belastingen te gebruiken en om inwoners na afloop actief te volgen.',
        ],
      },
      {
        title: 'Schuldhulpverlening in de regio: bereik, uitval en resultaten',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2020,
        summary:
          'Het onderzoek vergelijkt de schuldhulpverlening van acht gemeenten. De uitval tijdens het traject is hoog, vooral bij jongeren en bij inwoners met psychische problemen.',
        paragraphs: [
          'Van de inwoners die zich aanmelden, rondt minder dan de helft een schuldregeling af. De belangrijkste redenen voor uitval zijn het niet nakomen van afspraken en nieuwe schulden tijdens het traject.',
          'Gemeenten met een vaste contactpersoon en budgetbeheer laten minder uitval zien. Het rapport beveelt aan om nazorg standaard aan te bieden.',
        ],
      },
      {
        title: 'Handreiking schuldhulp voor jongeren',
        kind: 'HANDREIKING',
        year: 2025,
        summary:
          'Jongeren met schulden hebben een eigen aanpak nodig: snel, digitaal en gekoppeld aan werk of opleiding. De handreiking beschrijft hoe gemeenten een jongerenaanpak opzetten.',
        paragraphs: [
          'Een jongerenaanpak combineert het saneren van schulden met een vast contactpersoon, hulp bij het vinden van werk of een opleiding en afspraken met schuldeisers over het stoppen van incasso’s.',
          'Enkele gemeenten kopen schulden van jongeren op en laten de jongere een bedrag terugbetalen aan de gemeente. De handreiking bespreekt voor- en nadelen.',
        ],
      },
    ],
    experts: [
      {
        role: 'schuldhulpverlener en trainer',
        knows:
          'Zij begeleidt inwoners met problematische schulden, traint vrijwilligers in thuisadministratie en zette de vroegsignalering van betalingsachterstanden op.',
        keywords: ['vroegsignalering', 'schuldregeling', 'thuisadministratie'],
      },
    ],
    dossiers: [
      {
        title: 'Vroegsignalering en schuldhulpverlening',
        intro:
          'Dit dossier verzamelt evaluaties van vroegsignalering, onderzoek naar uitval in de schuldhulpverlening en werkwijzen voor ondernemers en jongeren met schulden.',
        notes: ['De evaluatie van vroegsignalering laat zien dat vroeg benaderen de schulden fors beperkt.'],
        year: 2025,
      },
    ],
  },
  {
    key: 'bijstand',
    domains: ['6.3', '6.5'],
    tags: ['participatiewet', 'bijstand'],
    stakeholders: 'klantmanagers, uitkeringsgerechtigden en werkgevers',
    background: [
      'De Participatiewet regelt sinds 2015 de bijstand en de ondersteuning naar werk voor mensen die kunnen werken maar dat niet zelfstandig lukt. Gemeenten voeren de wet uit en hebben ruimte voor eigen keuzes, bijvoorbeeld bij de tegenprestatie, de handhaving en de kostendelersnorm.',
      'Met het wetsvoorstel Participatiewet in balans wil het kabinet de wet menselijker maken: meer vertrouwen, minder strenge sancties bij vergissingen en meer ruimte voor maatwerk.',
    ],
    questions: [
      {
        title: 'Tegenprestatie in de bijstand: verplichten of stimuleren?',
        text: 'Wij herzien in {gemeente} onze verordening over de tegenprestatie. Leggen jullie een tegenprestatie op aan mensen in de bijstand, of werken jullie op basis van vrijwilligheid?',
        answer:
          'Wij vragen geen verplichte tegenprestatie meer, maar bespreken met iedereen wat hij of zij kan bijdragen, zoals vrijwilligerswerk of mantelzorg. Die vrijwillige aanpak levert meer op dan de verplichting: meer mensen doen iets, en klantmanagers besteden minder tijd aan controle.',
        year: 2020,
      },
      {
        title: 'Hoe passen jullie de kostendelersnorm toe bij inwonende jongvolwassenen?',
        text: 'Ouders in de bijstand worden gekort als hun kinderen van 21 jaar of ouder thuis wonen. Dat leidt tot schrijnende situaties. Maken jullie gebruik van de ruimte die de wet biedt om af te wijken?',
        answer:
          'Ja. Wij laten inwonende kinderen tot 27 jaar die studeren of een laag inkomen hebben buiten beschouwing, zoals de wet sinds kort toestaat. De uitvoering is eenvoudig: de klantmanager vraagt bij de heronderzoeken naar de situatie van inwonende kinderen.',
        year: 2024,
      },
      {
        title: 'Handhaving in de bijstand: werken jullie nog met risicoprofielen?',
        text: 'Na de discussie over algoritmes en risicoprofielen twijfelen wij of onze selectie van dossiers voor heronderzoek nog verantwoord is. Hoe kiezen jullie welke dossiers worden onderzocht?',
        answer:
          'Wij zijn gestopt met risicoprofielen en onderzoeken nu een aselecte steekproef, aangevuld met gerichte onderzoeken na een concreet signaal. Een externe commissie heeft onze werkwijze getoetst op discriminatie. De opbrengst van de handhaving is nauwelijks gedaald.',
        year: 2022,
        access: 'MEMBERS',
      },
    ],
    reports: [
      {
        title: 'Jongeren en de Participatiewet: de zoektermijn van vier weken',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2021,
        tags: ['participatiewet', 'jongeren'],
        background: false,
        stakeholders: 'jongeren, consulenten van het jongerenloket en scholen',
        summary:
          'Jongeren onder de 27 jaar moeten na hun aanvraag vier weken zelf naar werk of een opleiding zoeken voordat zij een uitkering krijgen. Het onderzoek laat zien dat een deel van de jongeren na de zoektermijn uit beeld verdwijnt.',
        paragraphs: [
          'Van de jongeren die zich melden, ziet ongeveer een kwart af van de aanvraag tijdens de zoektermijn. Een deel vindt werk of gaat terug naar school, maar van de helft van deze groep is niet bekend waar zij terechtkomen.',
          'Het rapport beveelt aan de zoektermijn flexibel toe te passen voor kwetsbare jongeren, tijdens de zoektermijn actief contact te houden en samen te werken met het Regionaal Meld- en Coördinatiepunt voortijdig schoolverlaten.',
        ],
      },
      {
        title: 'Bijstand voor zelfstandig ondernemers: ervaringen met het Bbz',
        kind: 'EVALUATIE',
        year: 2023,
        tags: ['bijstand', 'ondernemers', 'bbz'],
        background: false,
        stakeholders: 'zelfstandig ondernemers, Bbz-consulenten en bedrijfsadviseurs',
        summary:
          'Zelfstandig ondernemers met een tijdelijk te laag inkomen kunnen bijstand krijgen via het Bbz. De evaluatie beschrijft wie er gebruik van maakt, hoe lang, en hoeveel bedrijven daarna weer zelfstandig verder kunnen.',
        paragraphs: [
          'In vier jaar kregen 220 ondernemers bijstand via het Bbz, de meesten voor levensonderhoud en een kleiner deel een bedrijfskrediet. Ruim de helft kon na een jaar weer zonder bijstand verder; een kwart stopte met het bedrijf en vond ander werk.',
          'Ondernemers waarderen de bedrijfsadviseur, maar vinden de aanvraag ingewikkeld. De evaluatie adviseert een snellere beslissing over levensvatbaarheid en samenwerking met de schuldhulpverlening.',
        ],
      },
      {
        title: 'Participatiewet in balans: lokale keuzes bij de uitvoering',
        kind: 'BELEIDSNOTA',
        year: 2025,
        summary:
          'De nota beschrijft welke keuzes de gemeente maakt nu de Participatiewet menselijker wordt: minder strenge sancties, meer ruimte om bij te verdienen en een andere aanpak van handhaving in de bijstand.',
        paragraphs: [
          'Inwoners in de bijstand mogen voortaan een half jaar bijverdienen zonder dat dit volledig wordt gekort. Bij een eerste vergissing volgt een waarschuwing in plaats van een boete.',
          'Klantmanagers krijgen meer ruimte voor maatwerk. De gemeente meet het effect met een jaarlijkse klanttevredenheidsmeting en de uitstroom naar werk.',
        ],
      },
    ],
    experts: [
      {
        role: 'klantmanager werk en inkomen',
        knows:
          'Zij begeleidt jongeren naar werk of opleiding en kent de regels van de Participatiewet voor jongeren, de zoektermijn en de kostendelersnorm.',
        keywords: ['participatiewet', 'jongeren', 'kostendelersnorm'],
      },
    ],
    dossiers: [
      {
        title: 'Participatiewet in de praktijk',
        intro:
          'Lokale keuzes bij de uitvoering van de Participatiewet: de tegenprestatie, de kostendelersnorm, handhaving zonder risicoprofielen en de aanpak voor jongeren en zelfstandigen.',
        notes: ['Let op de wijzigingen uit Participatiewet in balans.'],
        year: 2025,
        access: 'MEMBERS',
      },
    ],
  },
  {
    key: 'werk',
    domains: ['6.4', '6.5'],
    tags: ['arbeidsparticipatie', 'beschut werk'],
    stakeholders: 'werkgevers, het werkbedrijf, jobcoaches en werkzoekenden',
    background: [
      'Gemeenten ondersteunen werkzoekenden met een afstand tot de arbeidsmarkt met loonkostensubsidie, jobcoaching en beschut werk. In de arbeidsmarktregio werken zij samen met het UWV en werkgevers in een werkgeversservicepunt. De sociale werkvoorziening (Wsw) is sinds 2015 gesloten voor nieuwe instroom.',
    ],
    questions: [
      {
        title: 'Beschut werk: hoeveel plekken realiseren jullie?',
        text: 'Wij halen het aantal beschut werkplekken uit de taakstelling niet. Lukt het jullie wel, en bij welke werkgevers zijn de plekken?',
        answer:
          'Wij realiseren ruim negentig procent van de taakstelling, vooral bij het eigen werkbedrijf en bij twee grote groenbedrijven. Het helpt dat het UWV snel adviseert over de indicatie beschut werk.',
        year: 2021,
      },
      {
        title: 'Samenwerking met het werkgeversservicepunt in de arbeidsmarktregio',
        text: 'Hoe hebben jullie de werkgeversdienstverlening in de arbeidsmarktregio georganiseerd? Werkt elke gemeente met eigen accountmanagers, of is er één team?',
        answer:
          'Wij werken met één regionaal team van accountmanagers, met een vast aanspreekpunt per sector. Werkgevers hoeven zo niet met elke gemeente apart te praten. Vacatures worden in één systeem bijgehouden.',
        year: 2019,
      },
    ],
    reports: [
      {
        title: 'Toekomst van de sociale werkvoorziening in de regio',
        kind: 'ONDERZOEK',
        byInstitute: true,
        year: 2019,
        summary:
          'Het aantal medewerkers in de Wsw daalt jaarlijks met vijf procent. Het onderzoek schetst scenario’s voor de toekomst van het werkbedrijf: afbouwen, omvormen tot breed werkbedrijf of samenwerken met reguliere werkgevers.',
        paragraphs: [
          'Het werkbedrijf heeft nu ruim zevenhonderd Wsw-medewerkers; over tien jaar zijn dat er naar verwachting minder dan vierhonderd. De vaste kosten van gebouwen en leiding blijven grotendeels bestaan.',
          'Het onderzoek adviseert om het werkbedrijf om te vormen tot een breed werkbedrijf voor beschut werk, leerwerkplekken en detachering, met een duidelijke opdracht van de gemeenten.',
        ],
      },
      {
        title: 'Monitor banenafspraak arbeidsmarktregio 2024',
        kind: 'MONITOR',
        year: 2024,
        summary:
          'De monitor beschrijft hoeveel banen voor mensen met een arbeidsbeperking werkgevers in de arbeidsmarktregio hebben gecreëerd, en hoe lang mensen aan het werk blijven.',
        paragraphs: [
          'Werkgevers in de marktsector realiseerden meer banen dan afgesproken, de overheid bleef achter. Een derde van de plaatsingen houdt korter dan een jaar stand.',
          'De monitor raadt aan meer te investeren in jobcoaching na plaatsing en in het aanpassen van werkplekken.',
        ],
      },
    ],
    experts: [
      {
        role: 'accountmanager werkgeversdienstverlening',
        knows:
          'Hij onderhoudt contacten met werkgevers in de arbeidsmarktregio, kent de regels voor loonkostensubsidie en beschut werk en bemiddelt werkzoekenden met een arbeidsbeperking.',
        keywords: ['loonkostensubsidie', 'werkgevers', 'banenafspraak'],
      },
    ],
  },
  {
    key: 'statushouders',
    domains: ['6.1', '8.3'],
    tags: ['statushouders', 'inburgering', 'huisvesting'],
    stakeholders: 'statushouders, taalaanbieders, woningcorporaties en VluchtelingenWerk',
    background: [
      'Gemeenten moeten elk half jaar een aantal statushouders huisvesten, de taakstelling. Door het tekort aan woningen lukt dat veel gemeenten niet, waardoor statushouders lang in een azc blijven. Sinds de Wet inburgering 2021 zijn gemeenten ook verantwoordelijk voor de inburgering.',
    ],
    questions: [
      {
        title: 'Hoe halen jullie de taakstelling huisvesting statushouders?',
        text: 'Wij lopen een achterstand op bij de taakstelling. Werken jullie met flexwoningen, woningdelen of kamerverhuur? En hoe leggen jullie dat uit aan andere woningzoekenden?',
        answer:
          'Wij plaatsen alleenstaande statushouders steeds vaker met twee of drie in een eengezinswoning, met een eigen huurcontract per kamer. Daarnaast hebben we dertig flexwoningen gebouwd die voor de helft naar andere spoedzoekers gaan. Dat laatste helpt enorm bij het draagvlak.',
        year: 2023,
      },
      {
        title: 'Wet inburgering 2021: ervaringen met de brede intake',
        text: 'Hoe voeren jullie de brede intake uit, en wie stelt het plan inburgering en participatie op?',
        answer:
          'Bij ons voert één regisseur inburgering de brede intake uit, samen met een tolk en een medewerker van werk en inkomen. Het plan inburgering en participatie wordt binnen tien weken vastgesteld. Belangrijk is dat de regisseur ook daarna het vaste aanspreekpunt blijft.',
        year: 2022,
      },
      {
        title: 'Gezinshereniging: tijdelijke huisvesting voor nareizigers?',
        text: 'Nareizigers komen vaak onverwacht, terwijl de statushouder een kleine woning heeft. Hoe vangen jullie dat op?',
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Twee jaar Wet inburgering 2021 in {gemeente}',
        kind: 'EVALUATIE',
        year: 2024,
        summary:
          'De evaluatie beschrijft de eerste twee jaar van het nieuwe inburgeringsstelsel: de brede intake, de leerroutes en de combinatie van taal en werk.',
        paragraphs: [
          'De meeste inburgeraars volgen de B1-route; een kleiner deel de zelfredzaamheidsroute of de onderwijsroute. Het combineren van taalles met werk of vrijwilligerswerk is lastig door wachttijden bij taalaanbieders.',
          'De evaluatie adviseert meer duale trajecten in te kopen en de ontzorging in het eerste half jaar te verlengen voor gezinnen.',
        ],
      },
      {
        title: 'Handreiking flexwoningen voor statushouders en spoedzoekers',
        kind: 'HANDREIKING',
        byInstitute: true,
        year: 2023,
        tags: ['statushouders', 'flexwonen', 'spoedzoekers'],
        summary:
          'Een praktische handreiking voor gemeenten die flexwoningen willen plaatsen: locatiekeuze, vergunningen, financiering en een gemengde bewonersgroep.',
        paragraphs: [
          'Flexwoningen kunnen binnen een jaar worden geplaatst op tijdelijke locaties. Een gemengde bewonersgroep van statushouders, starters en mensen die na een scheiding een woning zoeken, vergroot het draagvlak in de buurt.',
          'De handreiking beschrijft de tijdelijke omgevingsvergunning, de rol van de corporatie als verhuurder en de rijksbijdrage voor flexwonen.',
        ],
      },
    ],
    experts: [
      {
        role: 'regisseur inburgering',
        knows:
          'Zij voert brede intakes uit, stelt plannen inburgering en participatie op en heeft veel ervaring met de samenwerking tussen taalaanbieders en werkgevers.',
        keywords: ['inburgering', 'brede intake', 'taal en werk'],
      },
    ],
    dossiers: [
      {
        title: 'Huisvesting en inburgering van statushouders',
        intro:
          'Ervaringen van gemeenten met de taakstelling, woningdelen en flexwoningen, en de eerste jaren van de Wet inburgering 2021.',
        notes: ['De handreiking flexwoningen is ook bruikbaar voor andere spoedzoekers.'],
        year: 2024,
      },
    ],
  },
];
