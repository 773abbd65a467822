/** A Kolada key figure (nyckeltal), as described in Kolada's KPI metadata. */
export interface KpiDefinition {
  /** "U40450", "N03932". */
  id: string;
  title: string;
  description: string;
  /** Kolada's operating areas ("Arbetsmarknadsåtgärder", "Ekonomiskt bistånd" …). */
  operatingAreas: string[];
  /** "Kvalitet och resultat", "Volymer" … */
  perspectives: string[];
  /** K = municipalities, L = regions, A = both. */
  municipalityType: 'K' | 'L' | 'A';
  /** Values exist per gender (K, M) besides the total (T). */
  dividedByGender: boolean;
  /** Values exist per organisational unit. */
  hasOuData: boolean;
  /** Who publishes it (T, X, E …), when given. */
  auspices?: string;
  publicationDate?: string;
  preliminaryPublicationDate?: string;
  /** Latest published period ("2022"). */
  publishedPeriod?: string;
}

export interface MunicipalityGroupMember {
  /** Four-digit municipality code. */
  id: string;
  name: string;
}

export interface MunicipalityGroup {
  /** "G37556". Kolada's API accepts it in place of a municipality code (unweighted average). */
  id: string;
  title: string;
  members: MunicipalityGroupMember[];
}

/** A "Liknande kommuner …" group: the municipalities Kolada finds most similar to one municipality. */
export interface SimilarMunicipalitiesGroup {
  group: MunicipalityGroup;
  /** What the similarity is about: "övergripande", "ekonomiskt bistånd", "integration" … */
  area: string;
  /** The municipality the group is for (not one of its members). */
  municipalityName: string;
  year: number;
}

/** T = total, K = kvinnor (women), M = män (men). */
export type KoladaGender = 'T' | 'K' | 'M';

/** One value of a KPI for one municipality (or group), year and gender. */
export interface KoladaValue {
  kpi: string;
  /** Municipality code, or a group id ("G37556") for the group's unweighted average. */
  municipality: string;
  year: number;
  gender: KoladaGender;
  /** Null when Kolada has no value (not reported, or suppressed). */
  value: number | null;
  /** For a group: how many members contributed to the average; otherwise 1. */
  count: number;
  /** Kolada's status flag for the value, when it has one. */
  status?: string;
}
