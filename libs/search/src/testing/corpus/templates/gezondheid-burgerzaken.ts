import type { Topic } from './types';

/** Volksgezondheid, openbaar groen en burgerzaken. */
export const GEZONDHEID_BURGERZAKEN: readonly Topic[] = [
  {
    key: 'gezondheid',
    domains: ['7.1'],
    tags: ['volksgezondheid', 'preventie'],
    stakeholders: 'de GGD, huisartsen, scholen en sportverenigingen',
    background: [
      'Gemeenten zijn op grond van de Wet publieke gezondheid verantwoordelijk voor gezondheidsbevordering en preventie. Zij werken daarvoor samen met de GGD en met partners in de wijk. Met het Gezond en Actief Leven Akkoord (GALA) krijgen gemeenten middelen voor een lokale preventieaanpak.',
    ],
    questions: [
      {
        title: 'Alcoholgebruik onder jongeren: welke aanpak werkt bij jullie?',
        text: 'Uit de gezondheidsmonitor blijkt dat jongeren in {gemeente} vaker drinken dan gemiddeld. Welke combinatie van voorlichting, handhaving en afspraken met sportkantines heeft bij jullie effect gehad?',
        answer:
          'Wij combineren drie dingen: nalevingsonderzoek met mystery shoppers bij supermarkten en sportkantines, een ouderavond op elke middelbare school en afspraken met de sportclubs over barvrijwilligers met een training. Het percentage scholieren dat in de afgelopen maand dronk, daalde in vier jaar van 45 naar 31 procent.',
        year: 2020,
      },
      {
        title: 'Hitteplan: hoe bereiken jullie kwetsbare ouderen bij warm weer?',
        text: 'Wij stellen een lokaal hitteplan op. Hoe bereiken jullie alleenwonende ouderen tijdens een hittegolf, en wie belt of gaat langs?',
        answer:
          'Bij een hittewaarschuwing belt een vast team van vrijwilligers van de ouderenbond ongeveer vierhonderd alleenwonende ouderen die zich hebben aangemeld. De wijkverpleging en de thuiszorg krijgen een seintje en letten extra op. Daarnaast zijn er koele plekken in buurthuizen en de bibliotheek.',
        year: 2024,
      },
    ],
    reports: [
      {
        title: 'Lokale preventieaanpak {gemeente} 2023-2026',
        kind: 'BELEIDSNOTA',
        year: 2023,
        summary:
          'De preventieaanpak richt zich op drie thema’s: mentale gezondheid van jongeren, overgewicht bij kinderen en eenzaamheid onder ouderen. Gemeente, GGD en partners maken per thema afspraken over acties en metingen.',
        paragraphs: [
          'Voor mentale gezondheid investeert de gemeente in weerbaarheidstrainingen op scholen en een laagdrempelige inloop voor jongeren. Voor overgewicht sluit de gemeente aan bij de aanpak Jongeren Op Gezond Gewicht.',
          'De voortgang wordt gevolgd met de gezondheidsmonitor van de GGD en met jaarlijkse gesprekken met de partners.',
        ],
      },
      {
        title: 'Gezondheidsmonitor jongeren: resultaten voor {gemeente}',
        kind: 'MONITOR',
        byInstitute: true,
        year: 2021,
        summary:
          'De monitor beschrijft de gezondheid, het welzijn en de leefstijl van scholieren in de tweede en vierde klas van het voortgezet onderwijs, met een vergelijking met de regio.',
        paragraphs: [
          'Scholieren beoordelen hun gezondheid overwegend als goed. Het aandeel jongeren met psychische klachten is gestegen, vooral bij meisjes. Roken komt steeds minder voor; vapen juist vaker.',
          'De monitor adviseert de aandacht voor mentale gezondheid te verbinden met het onderwijs en het jongerenwerk.',
        ],
      },
    ],
    experts: [
      {
        role: 'beleidsadviseur publieke gezondheid',
        knows:
          'Zij stelt de lokale preventieaanpak op, is contactpersoon voor de GGD en heeft ervaring met de aanpak van alcoholgebruik onder jongeren.',
        keywords: ['preventie', 'ggd', 'gezondheidsbevordering'],
      },
    ],
  },
  {
    key: 'groen',
    domains: ['5.7'],
    tags: ['openbaar groen', 'biodiversiteit'],
    stakeholders: 'bewoners, de groenaannemer en natuurorganisaties',
    background: [
      'Meer en beter openbaar groen helpt tegen hittestress en wateroverlast, en is goed voor de biodiversiteit en de gezondheid van inwoners. Gemeenten vergroenen schoolpleinen, laten bermen ecologisch maaien en betrekken bewoners bij het beheer van buurtgroen.',
    ],
    questions: [
      {
        title: 'Ecologisch maaibeheer van bermen: hoe gaan jullie om met klachten?',
        text: 'Sinds wij bermen minder vaak maaien, krijgen we klachten over rommelige straten en hooikoorts. Hoe leggen jullie ecologisch beheer uit aan inwoners?',
        answer:
          'Wij maaien langs fietspaden en bij kruisingen een strook van een meter kort, zodat het verzorgd oogt en het zicht goed blijft. Bordjes in de berm leggen uit waarom de rest later wordt gemaaid. Na een jaar namen de klachten sterk af.',
        year: 2021,
      },
      {
        title: 'Bewoners die zelf een stuk openbaar groen onderhouden: hoe regelen jullie dat?',
        text: 'Bewoners in {gemeente} willen een plantsoen zelf onderhouden. Werken jullie met een overeenkomst voor zelfbeheer, en wie is aansprakelijk?',
        answer:
          'Wij sluiten een eenvoudige zelfbeheerovereenkomst af met een contactpersoon van de bewonersgroep. De gemeente blijft eigenaar en aansprakelijk voor bomen; de bewoners onderhouden de beplanting. Ze krijgen gereedschap en een klein budget voor planten.',
        year: 2023,
      },
    ],
    reports: [
      {
        title: 'Groenvisie {gemeente}: naar een groene en klimaatbestendige gemeente',
        kind: 'BELEIDSNOTA',
        year: 2022,
        summary:
          'De groenvisie legt vast hoe de gemeente het openbaar groen de komende tien jaar uitbreidt en beheert, met aandacht voor biodiversiteit, hittestress en het betrekken van bewoners.',
        paragraphs: [
          'Elke woning krijgt binnen driehonderd meter een groene plek om te verblijven. De gemeente plant tot 2032 tienduizend nieuwe bomen en vergroent alle schoolpleinen.',
          'Bewoners kunnen groen adopteren en een buurtbudget aanvragen voor vergroening van hun straat.',
        ],
      },
    ],
    experts: [
      {
        role: 'ecoloog openbare ruimte',
        knows:
          'Hij adviseert over ecologisch maaibeheer, biodiversiteit in de openbare ruimte en zelfbeheer van buurtgroen door bewoners.',
        keywords: ['biodiversiteit', 'maaibeheer', 'zelfbeheer'],
      },
    ],
  },
  {
    key: 'burgerzaken',
    domains: ['0.2'],
    tags: ['burgerzaken', 'dienstverlening'],
    stakeholders: 'baliemedewerkers, inwoners en de toezichthouder BRP',
    background: [
      'Burgerzaken verzorgt paspoorten, identiteitskaarten, rijbewijzen, verhuizingen en de registratie van geboorte, huwelijk en overlijden. De gemeente is verantwoordelijk voor de kwaliteit van de Basisregistratie Personen (BRP) en doet adresonderzoek bij twijfel over de juistheid van een inschrijving.',
    ],
    questions: [
      {
        title: 'Piek in aanvragen van paspoorten: hoe vangen jullie die op?',
        text: 'Door de verlenging van de geldigheid in 2014 verlopen veel paspoorten tegelijk. Hoe bereiden jullie je voor op de piek in aanvragen?',
        answer:
          'Wij hebben extra avondopenstellingen en tijdelijke baliemedewerkers ingepland, en sturen inwoners van wie het document verloopt een jaar van tevoren een brief. Online afspraken maken is verplicht, zodat we de drukte kunnen spreiden.',
        year: 2023,
      },
      {
        title: 'Adresonderzoek BRP: hoe pakken jullie fraude met inschrijvingen aan?',
        text: 'Wij zien signalen van inschrijvingen op adressen waar mensen niet wonen. Hoe organiseren jullie het adresonderzoek, en met welke partners delen jullie signalen?',
        answer:
          'Wij hebben twee adresonderzoekers die huisbezoeken doen na signalen van de corporaties, de belastingsamenwerking en de eigen afdelingen. Bij meer dan vijf inschrijvingen op een adres volgt standaard een onderzoek. De Landelijke Aanpak Adreskwaliteit levert ook signalen.',
        year: 2019,
        access: 'MEMBERS',
      },
      {
        title: 'Trouwen op een eigen locatie: welke voorwaarden stellen jullie?',
        text: 'Steeds meer stellen willen trouwen op een zelfgekozen locatie, zoals een strand of een boerderij. Welke voorwaarden en tarieven hanteren jullie?',
        answer:
          'Bij ons kan trouwen op elke locatie in de gemeente die openbaar toegankelijk is tijdens de ceremonie en waar de eigenaar toestemming geeft. We rekenen een toeslag voor de reistijd van de trouwambtenaar. De locatie wordt voor die dag aangewezen als huis der gemeente.',
        year: 2022,
      },
    ],
    reports: [
      {
        title: 'Kwaliteit van de BRP: resultaten van de zelfevaluatie',
        kind: 'EVALUATIE',
        year: 2025,
        summary:
          'De zelfevaluatie beschrijft hoe de gemeente de kwaliteit van de Basisregistratie Personen bewaakt: het proces van inschrijving, het adresonderzoek en de beveiliging van gegevens.',
        paragraphs: [
          'De gemeente voldoet aan vrijwel alle normen. Verbeterpunten zijn de doorlooptijd van adresonderzoeken en het vastleggen van de controle op brondocumenten.',
          'De evaluatie adviseert een vaste werkwijze voor signalen van andere afdelingen en partners.',
        ],
      },
    ],
    experts: [
      {
        role: 'coördinator burgerzaken',
        knows:
          'Hij is verantwoordelijk voor de BRP en het adresonderzoek, en bereidde de gemeente voor op de piek in aanvragen van reisdocumenten.',
        keywords: ['brp', 'adresonderzoek', 'reisdocumenten'],
      },
    ],
  },
];
