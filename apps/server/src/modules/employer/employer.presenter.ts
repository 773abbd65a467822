import { sniLabel } from '@arbetsbro/recruitment';
import type { ContactLogRow, EmployerListRow, EmployerRow } from './employer.repository.ts';
import type { ContactLogView, EmployerDetail, EmployerView } from './employer.schemas.ts';

const NEED_STATUS_TEXT: Record<string, string> = {
  received: 'inkommen',
  open: 'öppen',
  presented: 'kandidater presenterade',
  filled: 'tillsatt',
  closed: 'stängd',
};
const CONTACT_TEXT: Record<string, string> = {
  visit: 'Besök',
  call: 'Samtal',
  email: 'E-post',
  meeting: 'Möte',
};
const AGREEMENT_TEXT: Record<string, string> = {
  cooperation_agreement: 'Samarbetsavtal',
  letter_of_intent: 'Avsiktsförklaring',
};

/** One employer as lists and the register show it. */
export function presentEmployer(
  row: EmployerRow,
  extra: Partial<Pick<EmployerListRow, 'liaisonName' | 'openNeeds' | 'lastContactOn'>> = {},
): EmployerView {
  const label = row.sniCode ? sniLabel(row.sniCode) : undefined;
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    organisationsnummer: row.organisationsnummer,
    sni: row.sniCode && label ? { code: row.sniCode, label } : null,
    industry: row.industry,
    municipality: row.municipality,
    address: row.address,
    postcode: row.postcode,
    liaison: row.liaisonId ? { id: row.liaisonId, displayName: extra.liaisonName ?? '' } : null,
    openNeeds: extra.openNeeds ?? 0,
    lastContactOn: extra.lastContactOn ?? null,
  };
}

/** One contact log entry; `overdue` relative to today (YYYY-MM-DD, Sweden). */
export function presentContactLog(
  entry: ContactLogRow,
  names: { staffName: string | null; contactName: string | null },
  todayIso: string,
): ContactLogView {
  const done = entry.nextStepDoneAt !== null;
  return {
    id: entry.id,
    employerId: entry.employerId,
    version: entry.version,
    kind: entry.kind,
    occurredOn: entry.occurredOn,
    staff: entry.staffId ? { id: entry.staffId, displayName: names.staffName ?? '' } : null,
    contact: entry.contactId ? { id: entry.contactId, name: names.contactName ?? '' } : null,
    note: entry.note,
    nextStep: entry.nextStep,
    nextStepDue: entry.nextStepDue,
    nextStepDone: done,
    overdue: !done && entry.nextStepDue !== null && entry.nextStepDue < todayIso,
  };
}

export interface EmployerPageData {
  employer: EmployerRow;
  liaisonName: string | null;
  workplaces: Array<{
    id: string;
    name: string;
    address: string | null;
    postcode: string | null;
    municipality: string | null;
  }>;
  contacts: Array<{
    id: string;
    name: string;
    role: string | null;
    phone: string | null;
    email: string | null;
  }>;
  agreements: Array<{
    id: string;
    kind: 'cooperation_agreement' | 'letter_of_intent';
    validFrom: string;
    validTo: string | null;
    signedBy: string | null;
    note: string | null;
    createdAt: Date;
    fileName: string | null;
    fileType: string | null;
    fileSize: number | null;
  }>;
  contactLog: Array<{ entry: ContactLogRow; staffName: string | null; contactName: string | null }>;
  needs: Array<{ id: string; title: string; status: string; positions: number; createdAt: Date }>;
  placements: Array<{ startDate: string | null; kind: string | null; heldOneMonth: boolean | null }>;
}

/** The employer page (pure): register fields, people to call, agreements and the timeline. */
export function presentEmployerPage(
  data: EmployerPageData,
  todayIso: string,
  mayWrite: boolean,
): EmployerDetail {
  const openNeeds = data.needs.filter((n) => ['received', 'open', 'presented'].includes(n.status)).length;
  const contactLog = data.contactLog.map((c) => presentContactLog(c.entry, c, todayIso));
  const placements = data.placements.filter((p) => p.startDate);
  const timeline: EmployerDetail['timeline'] = [
    ...contactLog.map((c) => ({
      kind: 'contact' as const,
      date: c.occurredOn,
      title: `${CONTACT_TEXT[c.kind]}${c.staff ? ` (${c.staff.displayName})` : ''}`,
      detail: c.note,
      refId: c.id,
    })),
    ...data.needs.map((n) => ({
      kind: 'need' as const,
      date: n.createdAt.toISOString().slice(0, 10),
      title: `Rekryteringsbehov: ${n.title}`,
      detail: `${n.positions} ${n.positions === 1 ? 'tjänst' : 'tjänster'}, ${NEED_STATUS_TEXT[n.status] ?? n.status}`,
      refId: n.id,
    })),
    ...placements.map((p) => ({
      kind: 'placement' as const,
      date: p.startDate!,
      title: p.kind === 'subsidised' ? 'Anställning med stöd' : 'Anställning',
      detail:
        p.heldOneMonth === true
          ? 'Höll en sammanhängande månad.'
          : p.heldOneMonth === false
            ? 'Höll inte en månad.'
            : 'Uppföljning efter en månad väntar.',
      refId: null,
    })),
    ...data.agreements.map((a) => ({
      kind: 'agreement' as const,
      date: a.validFrom,
      title: AGREEMENT_TEXT[a.kind] ?? a.kind,
      detail: a.signedBy ? `Undertecknat av ${a.signedBy}` : null,
      refId: a.id,
    })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return {
    ...presentEmployer(data.employer, {
      liaisonName: data.liaisonName,
      openNeeds,
      lastContactOn: contactLog[0]?.occurredOn ?? null,
    }),
    workplaces: data.workplaces.map(({ id, name, address, postcode, municipality }) => ({
      id,
      name,
      address,
      postcode,
      municipality,
    })),
    contacts: data.contacts.map(({ id, name, role, phone, email }) => ({ id, name, role, phone, email })),
    agreements: data.agreements.map(presentAgreement),
    contactLog,
    placements: {
      total: placements.length,
      heldOneMonth: placements.filter((p) => p.heldOneMonth === true).length,
      pending: placements.filter((p) => p.heldOneMonth === null).length,
    },
    timeline,
    permissions: { write: mayWrite },
  };
}

/** An agreement as the page shows it; `file` is the signed copy's name, type and size in bytes. */
export function presentAgreement(a: EmployerPageData['agreements'][number]) {
  return {
    id: a.id,
    kind: a.kind,
    validFrom: a.validFrom,
    validTo: a.validTo,
    signedBy: a.signedBy,
    note: a.note,
    createdAt: a.createdAt.toISOString(),
    file:
      a.fileName && a.fileType && a.fileSize !== null
        ? { name: a.fileName, contentType: a.fileType, sizeBytes: a.fileSize }
        : null,
  };
}
