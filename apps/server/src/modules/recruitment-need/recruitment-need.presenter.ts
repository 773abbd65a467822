import { checkDiscrimination, groundLabels, needStatusLabels } from '@arbetsbro/recruitment';
import type { NeedWithNames } from './recruitment-need.repository.ts';
import type { NeedDetail, NeedView } from './recruitment-need.schemas.ts';

/** Labels of the vocabulary in force: an id or code the vocabulary does not know keeps its id. */
export interface ConceptLabels {
  concept(id: string): string;
  credential(code: string): string;
}

/** The discrimination warnings of a need's title and description, each with its field. */
export function needWarnings(title: string, description: string | null): NeedView['warnings'] {
  const of = (field: 'title' | 'description', text: string) =>
    checkDiscrimination(text).map((w) => ({ ...w, groundLabel: groundLabels[w.ground], field }));
  return [...of('title', title), ...of('description', description ?? '')];
}

/** One need as the API shows it (pure). */
export function presentNeed(
  { need: n, employerName, liaisonName }: NeedWithNames,
  labels: ConceptLabels,
): NeedView {
  const concept = (id: string) => ({ id, label: labels.concept(id) });
  return {
    id: n.id,
    version: n.version,
    status: n.status,
    statusLabel: needStatusLabels[n.status],
    closingReason: n.closingReason,
    source: n.source,
    title: n.title,
    description: n.description,
    employer: n.employerId ? { id: n.employerId, name: employerName ?? '' } : null,
    workplaceId: n.workplaceId,
    occupation: n.occupationId ? concept(n.occupationId) : null,
    positions: n.positions,
    requiredSkills: n.requiredSkills.map(concept),
    meritSkills: n.meritSkills.map(concept),
    licences: n.licences.map((code) => ({ id: code, label: labels.credential(code) })),
    languages: n.languages,
    municipality: n.municipality,
    extentPercent: n.extentPercent,
    hours: n.hours,
    shifts: n.shifts,
    weekends: n.weekends,
    startDate: n.startDate,
    employmentForm: n.employmentForm as NeedView['employmentForm'],
    requiresCar: n.requiresCar,
    minExperienceYears: n.minExperienceYears,
    openTo: n.openTo as NeedView['openTo'],
    liaison: n.liaisonId ? { id: n.liaisonId, displayName: liaisonName ?? '' } : null,
    submitter: n.submitter ?? null,
    warnings: needWarnings(n.title, n.description),
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

type HistoryRow = {
  event: {
    at: Date;
    staffId: string | null;
    kind: 'created' | 'updated' | 'status';
    fields: string[] | null;
    fromStatus: string | null;
    toStatus: string | null;
    reason: string | null;
  };
  staffName: string | null;
};

/** The need page: the need, who changed what when, and whether the actor may change it. */
export function presentNeedDetail(
  row: NeedWithNames,
  history: HistoryRow[],
  labels: ConceptLabels,
  mayWrite: boolean,
): NeedDetail {
  return {
    ...presentNeed(row, labels),
    history: history.map(({ event: e, staffName }) => ({
      at: e.at.toISOString(),
      staff: e.staffId ? { id: e.staffId, displayName: staffName ?? '' } : null,
      kind: e.kind,
      fields: e.fields,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      reason: e.reason,
    })),
    permissions: { write: mayWrite },
  };
}
