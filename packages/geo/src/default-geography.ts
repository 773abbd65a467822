import { buildGeography, type Geography } from './geography.ts';
import type { Municipality } from './model.ts';
import { TOWN_COORDINATES } from './town-coordinates.ts';

// A minimal built-in geography for the demo and for installations without the SCB files:
// Trollhättan (1488), its neighbours and the places people commute to, with hand-written
// coordinates of each main town and postal code areas by prefix.

const NAMES: ReadonlyArray<readonly [code: string, shortName: string, name: string]> = [
  ['1488', 'Trollhättan', 'Trollhättans kommun'],
  ['1487', 'Vänersborg', 'Vänersborgs kommun'],
  ['1485', 'Uddevalla', 'Uddevalla kommun'],
  ['1462', 'Lilla Edet', 'Lilla Edets kommun'],
  ['1444', 'Grästorp', 'Grästorps kommun'],
  ['1445', 'Essunga', 'Essunga kommun'],
  ['1442', 'Vårgårda', 'Vårgårda kommun'],
  ['1489', 'Alingsås', 'Alingsås kommun'],
  ['1440', 'Ale', 'Ale kommun'],
  ['1482', 'Kungälv', 'Kungälvs kommun'],
  ['1480', 'Göteborg', 'Göteborgs kommun'],
];

const MUNICIPALITIES: Municipality[] = NAMES.map(([code, shortName, name]) => {
  const [, lat, lng] = TOWN_COORDINATES[code]!;
  return { code, name, shortName, countyCode: code.slice(0, 2), centroid: { lat, lng } };
});

/** Three-digit postal code prefixes (postnummerområden) of the main towns. */
const POSTAL_PREFIXES: Array<{ prefix: string; municipalityCode: string }> = [
  { prefix: '461', municipalityCode: '1488' },
  { prefix: '462', municipalityCode: '1487' },
  { prefix: '451', municipalityCode: '1485' },
  { prefix: '463', municipalityCode: '1462' },
  { prefix: '467', municipalityCode: '1444' },
  { prefix: '465', municipalityCode: '1445' },
  { prefix: '447', municipalityCode: '1442' },
  { prefix: '441', municipalityCode: '1489' },
  { prefix: '449', municipalityCode: '1440' },
  { prefix: '442', municipalityCode: '1482' },
  { prefix: '411', municipalityCode: '1480' },
  { prefix: '412', municipalityCode: '1480' },
  { prefix: '413', municipalityCode: '1480' },
  { prefix: '414', municipalityCode: '1480' },
  { prefix: '415', municipalityCode: '1480' },
  { prefix: '416', municipalityCode: '1480' },
  { prefix: '417', municipalityCode: '1480' },
];

/** Demo municipality of the built-in data. */
export const DEMO_MUNICIPALITY_CODE = '1488';

let built: Geography | undefined;

export function defaultGeography(): Geography {
  built ??= buildGeography({
    source: 'default',
    counties: [{ code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland' }],
    municipalities: MUNICIPALITIES,
    postalPrefixes: POSTAL_PREFIXES,
  });
  return built;
}
