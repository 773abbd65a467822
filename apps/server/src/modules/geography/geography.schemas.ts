import { z } from '@hono/zod-openapi';

const LatLng = z.object({ lat: z.number(), lng: z.number() });

export const MunicipalitySchema = z
  .object({
    code: z.string().openapi({ example: '1488' }),
    name: z.string().openapi({ example: 'Trollhättan' }),
    officialName: z.string().openapi({ example: 'Trollhättans kommun' }),
    county: z.object({ code: z.string(), name: z.string() }),
    population: z.number().int().nullable(),
    centroid: LatLng.nullable(),
  })
  .openapi('Municipality');

export const MunicipalitiesResponse = z
  .object({
    source: z.enum(['csv', 'default']).openapi({ description: 'Importerad (csv) eller inbyggd demodata' }),
    postalCodeCount: z.number().int(),
    municipalities: z.array(MunicipalitySchema),
  })
  .openapi('Municipalities');

const placeText = z
  .string()
  .trim()
  .min(1, 'Ange en kommunkod eller ett postnummer.')
  .max(20, 'Ange en kommunkod eller ett postnummer.');

// A POST body rather than a query string: a home postal code says something about a person.
export const DistanceBody = z
  .object({
    from: placeText.openapi({ example: '461 30' }),
    to: placeText.openapi({ example: '1480' }),
  })
  .openapi('DistanceRequest');

const Place = z.object({
  kind: z.enum(['municipality', 'postalCode']),
  municipality: z.object({ code: z.string(), name: z.string() }),
  exact: z.boolean().openapi({ description: 'Falskt om postnumret bara var känt till sitt område' }),
});

export const DistanceResponse = z
  .object({
    from: Place,
    to: Place,
    straightKm: z.number(),
    roadKm: z
      .number()
      .openapi({ description: 'Grov uppskattning av vägavståndet (fågelväg × omvägsfaktor)' }),
    approximate: z.literal(true),
  })
  .openapi('Distance');

export const PublicMunicipalitiesResponse = z
  .object({
    municipalities: z.array(
      z.object({
        code: z.string().openapi({ example: '1488' }),
        name: z.string().openapi({ example: 'Trollhättan' }),
        county: z.string().openapi({ example: 'Västra Götalands län' }),
      }),
    ),
  })
  .openapi('PublicMunicipalities');
