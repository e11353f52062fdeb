/**
 * The labelled questions of the evaluation: what beleidsmedewerkers in the hub's gemeenten (the
 * provinces of Utrecht and Gelderland) ask their region, in their own words, each with the
 * taakveld they chose and their gemeente. The graded relevant experts and reports of each are
 * given by the rule in labels.ts over the generated corpus.
 */
export interface LabelledQuestion {
  readonly id: string;
  readonly municipalityCode: string;
  readonly policyDomainCode: string;
  readonly title: string;
  readonly body: string;
}

const Q = (
  id: string,
  municipalityCode: string,
  policyDomainCode: string,
  title: string,
  body: string,
): LabelledQuestion => ({ id, municipalityCode, policyDomainCode, title, body });

export const QUESTIONS: readonly LabelledQuestion[] = [
  // 6.751 Jeugdhulp ambulant lokaal
  Q(
    'q01',
    'GM0344',
    '6.751',
    'Praktijkondersteuner jeugd bij de huisarts',
    'Wij willen POH-jeugd breder inzetten. Hoe hebben jullie de financiering met de huisartsen geregeld?',
  ),
  Q(
    'q02',
    'GM0228',
    '6.751',
    'Jeugd- en gezinsteam lichter inzetten',
    'Hoe voorkomen jullie dat gezinnen te snel worden doorverwezen naar zwaardere jeugdzorg?',
  ),
  Q(
    'q03',
    'GM0202',
    '6.751',
    'Opvoedondersteuning in de wijk',
    'Welke lichte vormen van opvoedondersteuning werken goed voor jonge gezinnen?',
  ),
  // 6.752 Jeugdhulp ambulant regionaal
  Q(
    'q04',
    'GM0344',
    '6.752',
    'Inkoop jeugdhulp regionaal',
    'Wij kopen de ambulante jeugdhulp regionaal in. Welk inkoopmodel gebruiken jullie en hoe gaat het contractmanagement?',
  ),
  Q(
    'q05',
    'GM0268',
    '6.752',
    'Tarieven specialistische jeugdzorg',
    'Hoe komen jullie in de regio tot reële tarieven voor ambulante jeugdzorg bij de aanbieders?',
  ),
  Q(
    'q06',
    'GM0307',
    '6.752',
    'Aanbesteding jeugdhulp met de regio',
    'Wie heeft ervaring met een open house of een aanbesteding voor specialistische jeugdhulp samen met de buurgemeenten?',
  ),
  // 6.762 Jeugdhulp met verblijf regionaal
  Q(
    'q07',
    'GM0200',
    '6.762',
    'Meer gezinshuizen in de regio',
    'Hoe werven jullie gezinshuisouders en welke afspraken maken jullie met aanbieders over gezinshuizen?',
  ),
  Q(
    'q08',
    'GM0345',
    '6.762',
    'Afbouw residentiële jeugdzorg',
    'Hoe pakken jullie de afbouw van de residentiële instellingen aan en wat komt ervoor in de plaats?',
  ),
  Q(
    'q09',
    'GM1734',
    '6.762',
    'Tekort aan pleegouders',
    'Welke campagnes om pleegouders te werven hebben bij jullie gewerkt?',
  ),
  // 6.821 Jeugdbescherming
  Q(
    'q10',
    'GM0268',
    '6.821',
    'Wachtlijsten jeugdbescherming',
    'De wachttijden bij de gecertificeerde instelling lopen op. Hoe houden jullie zicht op de kinderen die wachten?',
  ),
  Q(
    'q11',
    'GM0356',
    '6.821',
    'Samenwerking met Veilig Thuis',
    'Hoe hebben jullie de overdracht tussen Veilig Thuis en het wijkteam ingericht?',
  ),
  Q(
    'q12',
    'GM0222',
    '6.821',
    'Uithuisplaatsingen voorkomen',
    'Welke aanpak helpt om uithuisplaatsingen bij een ondertoezichtstelling te voorkomen?',
  ),
  // 6.711 Huishoudelijke hulp
  Q(
    'q13',
    'GM0355',
    '6.711',
    'Abonnementstarief en huishoudelijke hulp',
    'Sinds het abonnementstarief stijgt het aantal aanvragen voor huishoudelijke hulp. Welke maatregelen nemen jullie?',
  ),
  Q(
    'q14',
    'GM0289',
    '6.711',
    'Huishoudelijke ondersteuning als algemene voorziening',
    'Heeft iemand huishoudelijke ondersteuning als algemene voorziening ingericht, en hoe ging dat juridisch?',
  ),
  Q(
    'q15',
    'GM0321',
    '6.711',
    'Eigen bijdrage Wmo huishoudelijke hulp',
    'Wat doen jullie met de eigen bijdrage voor hulp bij het huishouden en de wachtlijsten bij thuiszorgaanbieders?',
  ),
  // 6.712 Begeleiding
  Q(
    'q16',
    'GM0202',
    '6.712',
    'Resultaatgericht indiceren begeleiding',
    'Hoe indiceren jullie individuele begeleiding resultaatgericht en hoe controleer je dan de kwaliteit?',
  ),
  Q(
    'q17',
    'GM0632',
    '6.712',
    'Ambulante begeleiding en wachttijden',
    'Hoe lang wachten inwoners bij jullie op ambulante begeleiding en hoe overbruggen jullie dat?',
  ),
  Q(
    'q18',
    'GM0213',
    '6.712',
    'Zelfredzaamheid met begeleiding',
    'Welke vormen van begeleiding thuis vergroten echt de zelfredzaamheid van inwoners?',
  ),
  // 6.713 Dagbesteding
  Q(
    'q19',
    'GM0340',
    '6.713',
    'Vervoer naar de dagbesteding',
    'De kosten van het vervoer naar dagbesteding lopen op. Hoe organiseren jullie dit vervoer?',
  ),
  Q(
    'q20',
    'GM0281',
    '6.713',
    'Dagbesteding in de wijk',
    'Wie heeft dagbesteding voor ouderen als algemene voorziening in de wijk georganiseerd?',
  ),
  Q(
    'q21',
    'GM0200',
    '6.713',
    'Arbeidsmatige dagbesteding',
    'Hoe zorgen jullie voor een goede overgang van arbeidsmatige dagbesteding naar betaald werk?',
  ),
  // 6.811 Beschermd wonen
  Q(
    'q22',
    'GM0344',
    '6.811',
    'Doordecentralisatie beschermd wonen',
    'Hoe bereiden de regiogemeenten zich voor op de doordecentralisatie van beschermd wonen?',
  ),
  Q(
    'q23',
    'GM0268',
    '6.811',
    'Uitstroom uit beschermd wonen',
    'Er zijn te weinig woningen voor uitstroom uit beschermd wonen. Welke afspraken hebben jullie met corporaties?',
  ),
  Q(
    'q24',
    'GM0228',
    '6.811',
    'Wonen met begeleiding',
    'Hoe regelen jullie begeleid wonen in een gewone wijk voor mensen met psychische problemen?',
  ),
  // 6.21 Toegang Wmo
  Q(
    'q25',
    'GM0342',
    '6.21',
    'Keukentafelgesprek verbeteren',
    'Hoe zorgen jullie dat het keukentafelgesprek echt over de vraag van de inwoner gaat?',
  ),
  Q(
    'q26',
    'GM0209',
    '6.21',
    'Onafhankelijke cliëntondersteuning',
    'Hoe maken jullie onafhankelijke cliëntondersteuning bekend bij inwoners die zorg aanvragen?',
  ),
  Q(
    'q27',
    'GM0353',
    '6.21',
    'Wachttijden Wmo-loket',
    'Het Wmo-loket kan de meldingen niet aan. Hoe hebben jullie de toegang anders georganiseerd?',
  ),
  // 6.1 Samenkracht
  Q(
    'q28',
    'GM0307',
    '6.1',
    'Jonge mantelzorgers bereiken',
    'Hoe bereiken jullie jonge mantelzorgers en wat bieden jullie hen?',
  ),
  Q(
    'q29',
    'GM0226',
    '6.1',
    'Respijtzorg voor mantelzorgers',
    'Welke vormen van respijtzorg worden bij jullie echt gebruikt door overbelaste mantelzorgers?',
  ),
  Q(
    'q30',
    'GM0352',
    '6.1',
    'Right to challenge',
    'Heeft iemand ervaring met het right to challenge en burgerinitiatieven die taken overnemen?',
  ),
  // 6.3 Inkomensregelingen
  Q(
    'q31',
    'GM0344',
    '6.3',
    'Bereik minimaregelingen',
    'Veel minima maken geen gebruik van onze regelingen. Hoe vergroten jullie het bereik van het minimabeleid?',
  ),
  Q(
    'q32',
    'GM0203',
    '6.3',
    'Bijzondere bijstand vereenvoudigen',
    'Hoe hebben jullie de aanvraag van bijzondere bijstand eenvoudiger gemaakt?',
  ),
  Q(
    'q33',
    'GM0296',
    '6.3',
    'Armoede bij werkenden',
    'Welke inkomensondersteuning bieden jullie aan werkende armen die net boven de bijstand zitten?',
  ),
  // 6.5 Arbeidsparticipatie
  Q(
    'q34',
    'GM0202',
    '6.5',
    'Statushouders aan het werk',
    'Hoe combineren jullie taal en werk voor statushouders in de bijstand?',
  ),
  Q(
    'q35',
    'GM0356',
    '6.5',
    'Werkgeversdienstverlening in de arbeidsmarktregio',
    'Hoe werken jullie samen met de buurgemeenten in het werkgeversservicepunt?',
  ),
  Q(
    'q36',
    'GM0267',
    '6.5',
    'Loonkostensubsidie en jobcoach',
    'Wanneer zetten jullie loonkostensubsidie in en hoe lang blijft de jobcoach betrokken?',
  ),
  // 6.4 Beschut werk
  Q(
    'q37',
    'GM0345',
    '6.4',
    'Toekomst sw-bedrijf',
    'Het sw-bedrijf krimpt. Welke rol geven jullie het bedrijf voor beschut werk en andere doelgroepen?',
  ),
  Q(
    'q38',
    'GM0281',
    '6.4',
    'Beschut werk realiseren',
    'Hoe halen jullie de taakstelling voor beschut werk en wie indiceert?',
  ),
  Q(
    'q39',
    'GM0222',
    '6.4',
    'Doorstroom uit beschut werk',
    'Lukt het jullie om mensen vanuit beschut werk door te laten stromen naar een gewone baan?',
  ),
  // 7.3 Afval
  Q(
    'q40',
    'GM0355',
    '7.3',
    'Omgekeerd inzamelen invoeren',
    'Wij overwegen omgekeerd inzamelen. Wat waren jullie ervaringen met de hoeveelheid restafval en de klachten?',
  ),
  Q(
    'q41',
    'GM0228',
    '7.3',
    'Diftar en afvaltarieven',
    'Heeft diftar bij jullie geleid tot minder restafval en meer zwerfafval?',
  ),
  Q(
    'q42',
    'GM0301',
    '7.3',
    'Plastic inzameling nascheiding',
    'Kiezen jullie voor bronscheiding of nascheiding van plastic, en waarom?',
  ),
  // 7.4 Milieubeheer / energie
  Q(
    'q43',
    'GM0344',
    '7.4',
    'Aardgasvrije wijken',
    'Hoe betrekken jullie bewoners bij de transitievisie warmte en de eerste aardgasvrije wijk?',
  ),
  Q(
    'q44',
    'GM0289',
    '7.4',
    'Regionale energiestrategie en windmolens',
    'Hoe zijn de zoekgebieden voor windmolens uit de RES bij jullie besproken met inwoners?',
  ),
  Q(
    'q45',
    'GM0263',
    '7.4',
    'Geluidhinder bedrijventerrein',
    'Hoe gaan jullie om met klachten over geluid van een bedrijventerrein naast een woonwijk?',
  ),
  // 8.3 Wonen
  Q(
    'q46',
    'GM0307',
    '8.3',
    'Prestatieafspraken sociale huur',
    'Hoe maken jullie prestatieafspraken met de corporaties over meer sociale huurwoningen?',
  ),
  Q(
    'q47',
    'GM0321',
    '8.3',
    'Flexwonen voor spoedzoekers',
    'Heeft iemand tijdelijke woningen voor spoedzoekers gerealiseerd? Hoe ging de vergunning?',
  ),
  Q(
    'q48',
    'GM0268',
    '8.3',
    'Woonvisie en doelgroepen',
    'Hoe verdelen jullie in de woonvisie de woningen over starters, ouderen en statushouders?',
  ),
  // 8.1 Ruimte
  Q(
    'q49',
    'GM0345',
    '8.1',
    'Participatie onder de Omgevingswet',
    'Welke eisen stellen jullie aan initiatiefnemers voor participatie onder de Omgevingswet?',
  ),
  Q(
    'q50',
    'GM0202',
    '8.1',
    'Omgevingsplan opstellen',
    'Hoe pakken jullie het omgevingsplan aan en wat doen jullie met de bruidsschat?',
  ),
  Q(
    'q51',
    'GM1581',
    '8.1',
    'Omgevingsvisie met inwoners',
    'Hoe hebben jullie inwoners betrokken bij de omgevingsvisie?',
  ),
  // 2.1 Verkeer
  Q(
    'q52',
    'GM0344',
    '2.1',
    'Dertig kilometer in de bebouwde kom',
    'Wij willen 30 km/u als norm binnen de bebouwde kom. Hoe zijn jullie met de hoofdwegen omgegaan?',
  ),
  Q(
    'q53',
    'GM0228',
    '2.1',
    'Snelfietsroute met de buurgemeente',
    'Hoe hebben jullie de snelfietsroute samen met de buurgemeente en de provincie gefinancierd?',
  ),
  Q(
    'q54',
    'GM0310',
    '2.1',
    'Veilige schoolroutes',
    'Welke maatregelen voor veilige schoolroutes hebben bij jullie effect gehad?',
  ),
  // 2.2 Parkeren
  Q(
    'q55',
    'GM0307',
    '2.2',
    'Vergunningparkeren uitbreiden',
    'Hoe besluiten jullie over uitbreiding van het vergunningsgebied voor parkeren?',
  ),
  Q(
    'q56',
    'GM0268',
    '2.2',
    'Parkeernormen bij nieuwbouw',
    'Hanteren jullie lagere parkeernormen bij nieuwbouw met deelauto’s?',
  ),
  // 1.2 Veiligheid
  Q(
    'q57',
    'GM0202',
    '1.2',
    'Ondermijning op bedrijventerreinen',
    'Hoe pakken jullie ondermijning op bedrijventerreinen aan samen met de politie?',
  ),
  Q(
    'q58',
    'GM0345',
    '1.2',
    'Woonoverlast aanpakken',
    'Welke bevoegdheden zet de burgemeester bij jullie in bij ernstige woonoverlast?',
  ),
  Q(
    'q59',
    'GM0356',
    '1.2',
    'Cameratoezicht evalueren',
    'Hoe evalueren jullie het cameratoezicht in het centrum?',
  ),
  // 0.2 Burgerzaken
  Q(
    'q60',
    'GM0355',
    '0.2',
    'Piek in paspoortaanvragen',
    'Hoe vangen jullie de piek in aanvragen voor paspoorten en identiteitskaarten op?',
  ),
  Q(
    'q61',
    'GM0203',
    '0.2',
    'Adresonderzoek BRP',
    'Hoe organiseren jullie adresonderzoeken in de BRP en werken jullie daarbij samen?',
  ),
  // 4.3 Onderwijs
  Q(
    'q62',
    'GM0344',
    '4.3',
    'Thuiszitters terugbrengen naar school',
    'Welke aanpak werkt bij jullie om thuiszitters weer naar school te krijgen?',
  ),
  Q(
    'q63',
    'GM0267',
    '4.3',
    'Leerlingenvervoer aanbesteden',
    'Hoe hebben jullie het leerlingenvervoer aanbesteed en wat kost het per leerling?',
  ),
  Q(
    'q64',
    'GM0294',
    '4.3',
    'Voorschoolse educatie uitbreiden',
    'Hoe hebben jullie de uitbreiding van voorschoolse educatie naar 16 uur georganiseerd?',
  ),
  // 7.1 Gezondheid
  Q(
    'q65',
    'GM0310',
    '7.1',
    'Eenzaamheid onder ouderen',
    'Welke aanpak tegen eenzaamheid onder ouderen heeft bij jullie aantoonbaar gewerkt?',
  ),
  Q(
    'q66',
    'GM0202',
    '7.1',
    'Alcoholpreventie jongeren',
    'Hoe pakken jullie alcoholgebruik onder jongeren aan samen met de GGD?',
  ),
  // 5.1 Sport
  Q(
    'q67',
    'GM0228',
    '5.1',
    'Sportakkoord uitvoeren',
    'Hoe houden jullie het lokale sportakkoord levend na de eerste periode?',
  ),
  Q(
    'q68',
    'GM0344',
    '5.1',
    'Sport voor kinderen uit arme gezinnen',
    'Hoe bereiken jullie kinderen uit gezinnen met weinig geld om te sporten?',
  ),
];
