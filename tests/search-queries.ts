import type {Locale} from '../lib/i18n/routing';

// What readers type into search, and the page each of them is looking for. The unit tests require
// every expected page among the first three results; `npm run bench` prints the share found per
// language. Written as people type: word parts, inflected forms, everyday words, place names in the
// page's own language. Paths are locale-free (see lib/paths.ts).
export type SearchQuery = {locale: Locale; query: string; expected: string; kind: string};

const fa = (slug: string) => `/focus-areas/${slug}`;
const ag = (slug: string) => `/agreements/${slug}`;

export const searchQueries: SearchQuery[] = [
  // Finnish
  {locale: 'fi', query: 'akku', expected: fa('kokkola-battery-chemistry'), kind: 'word part'},
  {locale: 'fi', query: 'kemia', expected: fa('kokkola-battery-chemistry'), kind: 'word part'},
  {locale: 'fi', query: 'datakeskus', expected: fa('kajaani-high-performance-computing-ai-and-data-centres'), kind: 'base form'},
  {locale: 'fi', query: 'tekoäly', expected: fa('kajaani-high-performance-computing-ai-and-data-centres'), kind: 'everyday word'},
  {locale: 'fi', query: 'keinoäly', expected: fa('kajaani-high-performance-computing-ai-and-data-centres'), kind: 'other wording'},
  {locale: 'fi', query: 'urheilu', expected: fa('lahti-sports-business'), kind: 'everyday word'},
  {locale: 'fi', query: 'Oulu terveys', expected: fa('oulu-digital-solutions-for-wellbeing-and-health'), kind: 'place and word'},
  {locale: 'fi', query: 'Tampere', expected: ag('tampere'), kind: 'place'},
  {locale: 'fi', query: 'Tampereen', expected: ag('tampere'), kind: 'inflected place'},
  {locale: 'fi', query: 'vesi', expected: fa('kuopio-water-expertise'), kind: 'word part'},
  {locale: 'fi', query: 'ruoka', expected: fa('seinajoki-sustainable-renewal-of-the-food-ecosystem'), kind: 'word part'},
  {locale: 'fi', query: 'Seinäjoen ruoka', expected: fa('seinajoki-sustainable-renewal-of-the-food-ecosystem'), kind: 'inflected place and word part'},
  {locale: 'fi', query: 'robotti', expected: fa('pori-automation-and-robotics'), kind: 'everyday word'},
  {locale: 'fi', query: 'matkailu', expected: fa('rovaniemi-arctic-tourism'), kind: 'word'},
  {locale: 'fi', query: 'kiertotalous Lahti', expected: fa('lahti-climate-neutral-circular-economy'), kind: 'word and place'},
  {locale: 'fi', query: 'laskenta', expected: fa('kajaani-high-performance-computing-ai-and-data-centres'), kind: 'word part'},
  {locale: 'fi', query: 'metallit', expected: fa('pori-technology-metals-and-circular-economy'), kind: 'word part'},
  {locale: 'fi', query: 'sähkö', expected: fa('lappeenranta-green-electrification'), kind: 'word part'},
  {locale: 'fi', query: 'Kuopion sopimus', expected: ag('kuopio'), kind: 'inflected place'},
  {locale: 'fi', query: 'Espoo', expected: ag('helsinki-espoo-vantaa'), kind: 'place'},
  {locale: 'fi', query: 'fotoniikka', expected: fa('joensuu-photonics-business'), kind: 'word part'},
  {locale: 'fi', query: 'oppimisympäristö', expected: fa('helsinki-espoo-vantaa-new-learning-environments-and-digital-solutions'), kind: 'base form'},
  {locale: 'fi', query: 'energia Vaasa', expected: fa('vaasa-sustainable-and-smart-energy-systems'), kind: 'word and place'},
  {locale: 'fi', query: 'saavutettavuus', expected: '/accessibility', kind: 'word part'},
  {locale: 'fi', query: 'avoin data', expected: '/open-data', kind: 'words'},
  {locale: 'fi', query: 'allekirjoitus', expected: '/press-releases/2021-02-09-state-signs-ecosystem-agreements-with-16-city-regions', kind: 'related form'},
  {locale: 'fi', query: 'vihreä siirtymä', expected: '/themes/green-transition', kind: 'theme'},

  // Swedish
  {locale: 'sv', query: 'Tammerfors', expected: ag('tampere'), kind: 'place'},
  {locale: 'sv', query: 'Åbo', expected: ag('turku'), kind: 'place'},
  {locale: 'sv', query: 'Karleby', expected: ag('kokkola'), kind: 'place'},
  {locale: 'sv', query: 'Esbo', expected: ag('helsinki-espoo-vantaa'), kind: 'place'},
  {locale: 'sv', query: 'batteri', expected: fa('kokkola-battery-chemistry'), kind: 'word part'},
  {locale: 'sv', query: 'kemi', expected: fa('kokkola-battery-chemistry'), kind: 'word part'},
  {locale: 'sv', query: 'vatten', expected: fa('kuopio-water-expertise'), kind: 'word part'},
  {locale: 'sv', query: 'idrott', expected: fa('lahti-sports-business'), kind: 'word part'},
  {locale: 'sv', query: 'sport', expected: fa('lahti-sports-business'), kind: 'other wording'},
  {locale: 'sv', query: 'AI', expected: fa('kajaani-high-performance-computing-ai-and-data-centres'), kind: 'everyday word'},
  {locale: 'sv', query: 'datacentral', expected: fa('kajaani-high-performance-computing-ai-and-data-centres'), kind: 'base form'},
  {locale: 'sv', query: 'livsmedel', expected: fa('seinajoki-sustainable-renewal-of-the-food-ecosystem'), kind: 'word part'},
  {locale: 'sv', query: 'Uleåborg hälsa', expected: fa('oulu-digital-solutions-for-wellbeing-and-health'), kind: 'place and word'},
  {locale: 'sv', query: 'turism', expected: fa('rovaniemi-arctic-tourism'), kind: 'word'},
  {locale: 'sv', query: 'robot', expected: fa('pori-automation-and-robotics'), kind: 'word part'},
  {locale: 'sv', query: 'Vasa energi', expected: fa('vaasa-sustainable-and-smart-energy-systems'), kind: 'place and word part'},
  {locale: 'sv', query: 'tillgänglighet', expected: '/accessibility', kind: 'word part'},
  {locale: 'sv', query: 'öppna data', expected: '/open-data', kind: 'words'},
  {locale: 'sv', query: 'hälsoteknik', expected: fa('helsinki-espoo-vantaa-wellbeing-and-health-technology'), kind: 'compound'},
  {locale: 'sv', query: 'mätteknik', expected: fa('kajaani-measurement-technology'), kind: 'word'},
  {locale: 'sv', query: 'elektrifiering', expected: fa('lappeenranta-green-electrification'), kind: 'word'},
  {locale: 'sv', query: 'grön omställning', expected: '/themes/green-transition', kind: 'theme'},

  // English
  {locale: 'en', query: 'Tampere', expected: ag('tampere'), kind: 'place'},
  {locale: 'en', query: 'Turku', expected: ag('turku'), kind: 'place'},
  {locale: 'en', query: 'Espoo', expected: ag('helsinki-espoo-vantaa'), kind: 'place'},
  {locale: 'en', query: 'battery', expected: fa('kokkola-battery-chemistry'), kind: 'word'},
  {locale: 'en', query: 'batteries', expected: fa('kokkola-battery-chemistry'), kind: 'inflected word'},
  {locale: 'en', query: 'water', expected: fa('kuopio-water-expertise'), kind: 'word'},
  {locale: 'en', query: 'AI', expected: fa('kajaani-high-performance-computing-ai-and-data-centres'), kind: 'everyday word'},
  {locale: 'en', query: 'data center', expected: fa('kajaani-high-performance-computing-ai-and-data-centres'), kind: 'spelling variant'},
  {locale: 'en', query: 'sport', expected: fa('lahti-sports-business'), kind: 'inflected word'},
  {locale: 'en', query: 'tourism', expected: fa('rovaniemi-arctic-tourism'), kind: 'word'},
  {locale: 'en', query: 'robots', expected: fa('pori-automation-and-robotics'), kind: 'related form'},
  {locale: 'en', query: 'food', expected: fa('seinajoki-sustainable-renewal-of-the-food-ecosystem'), kind: 'word'},
  {locale: 'en', query: 'Oulu health', expected: fa('oulu-digital-solutions-for-wellbeing-and-health'), kind: 'place and word'},
  {locale: 'en', query: 'climate neutral', expected: fa('lahti-climate-neutral-circular-economy'), kind: 'words'},
  {locale: 'en', query: 'circular economy Pori', expected: fa('pori-technology-metals-and-circular-economy'), kind: 'words and place'},
  {locale: 'en', query: 'photonics', expected: fa('joensuu-photonics-business'), kind: 'word'},
  {locale: 'en', query: 'electricity', expected: fa('lappeenranta-green-electrification'), kind: 'related form'},
  {locale: 'en', query: 'accessibility', expected: '/accessibility', kind: 'word'},
  {locale: 'en', query: 'open data', expected: '/open-data', kind: 'words'},
  {locale: 'en', query: 'green transition', expected: '/themes/green-transition', kind: 'theme'}
];
