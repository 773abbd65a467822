/** The JobTech Taxonomy export file names Arbetsbro understands. */
export const TAXONOMY_FILES = {
  hierarchy: 'the-ssyk-hierarchy-with-occupations.json',
  ssyk4Groups: 'ssyk-level-4-groups.json',
  ssyk4Occupations: 'ssyk-level-4-groups-with-related-occupations.json',
  ssyk4Skills: 'ssyk-level-4-groups-with-related-skills.json',
  ssyk4Isco: 'ssyk-level-4-with-related-isco-level-4-groups.json',
  iscoGroups: 'isco-level-4-groups.json',
  skills: 'skills.json',
  languages: 'languages.json',
  substitutability: 'substitutability-relations-between-occupations.json',
  /** JobTech publishes it with the typo ("edcuational"); the corrected spelling is accepted too. */
  noEducation: 'occupations-with-no-edcuational-requirements.json',
} as const;

export const NO_EDUCATION_FILE_ALIASES = [
  TAXONOMY_FILES.noEducation,
  'occupations-with-no-educational-requirements.json',
] as const;

export const KNOWN_TAXONOMY_FILES: readonly string[] = [
  ...new Set<string>([...Object.values(TAXONOMY_FILES), ...NO_EDUCATION_FILE_ALIASES]),
];
