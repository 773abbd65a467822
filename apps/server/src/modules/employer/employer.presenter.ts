import type { EmployerRow } from './employer.repository.ts';
import type { EmployerView } from './employer.schemas.ts';

/** One employer as the API shows it. */
export function presentEmployer(row: EmployerRow): EmployerView {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    organisationsnummer: row.organisationsnummer,
    municipality: row.municipality,
    address: row.address,
    postcode: row.postcode,
    industry: row.industry,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
  };
}
