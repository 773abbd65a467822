import { buildGeography, type Geography } from '@arbetsbro/geo';
import type { Db } from '../../db/client.ts';
import { type GeographyRows, geographyRepository } from './geography.repository.ts';

/** The imported geography, or null when none is imported (the built-in demo region is then used). */
export async function loadImportedGeography(db: Db): Promise<Geography | null> {
  const rows = await geographyRepository.readAll(db);
  if (rows.municipalities.length === 0) return null;
  return geographyOfRows(rows);
}

export function geographyOfRows(rows: GeographyRows): Geography {
  return buildGeography({
    source: 'csv',
    counties: rows.counties.map((c) => ({ code: c.code, name: c.name, shortName: c.shortName ?? c.name })),
    municipalities: rows.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      shortName: m.shortName,
      countyCode: m.countyCode,
      ...(m.population !== null ? { population: m.population } : {}),
      ...(m.lat !== null && m.lng !== null ? { centroid: { lat: m.lat, lng: m.lng } } : {}),
    })),
    postalCodes: rows.postcodes.map((p) => ({
      postalCode: p.postcode,
      locality: p.locality ?? '',
      municipalityCode: p.municipalityCode,
    })),
  });
}
