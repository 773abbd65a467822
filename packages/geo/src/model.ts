export interface LatLng {
  lat: number;
  lng: number;
}

export interface County {
  /** Two digits, "14". */
  code: string;
  name: string;
  /** "Västra Götaland". */
  shortName: string;
}

export interface Municipality {
  /** SCB kommunkod, four digits: "1488". The first two are the county code. */
  code: string;
  /** "Trollhättans kommun". */
  name: string;
  /** "Trollhättan". */
  shortName: string;
  countyCode: string;
  population?: number;
  /** A representative point (the main town or the area's centre), for distance estimates. */
  centroid?: LatLng;
}

export interface PostalCodeArea {
  /** Five digits without space: "46130". */
  postalCode: string;
  locality: string;
  municipalityCode: string;
}

/** Where a person lives or a job is: a municipality, a postal code or coordinates. */
export type Place = { municipalityCode: string } | { postalCode: string } | LatLng;
