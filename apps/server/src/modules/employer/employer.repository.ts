import { sniCodesWithin } from '@arbetsbro/recruitment';
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, rowsOf } from '../../db/client.ts';
import {
  employer,
  employerAgreement,
  employerAgreementFile,
  employerContact,
  employerContactLog,
  employerWorkplace,
  enrolment,
  recruitmentNeed,
  staffUser,
} from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type EmployerRow = typeof employer.$inferSelect;
export type EmployerInsert = typeof employer.$inferInsert;
export type ContactLogRow = typeof employerContactLog.$inferSelect;

/** An employer with what its list row shows. */
export interface EmployerListRow extends EmployerRow {
  liaisonName: string | null;
  openNeeds: number;
  lastContactOn: string | null;
}

const OPEN_STATUSES = ['received', 'open', 'presented'];

export const employerRepository = {
  async find(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(employer)
      .where(and(eq(employer.municipalityCode, municipalityCode), eq(employer.id, id)));
    return row;
  },

  findMany(db: Db, municipalityCode: string, ids: string[]) {
    if (ids.length === 0) return Promise.resolve([] as EmployerRow[]);
    return db
      .select()
      .from(employer)
      .where(and(eq(employer.municipalityCode, municipalityCode), inArray(employer.id, ids)));
  },

  /** The register with filters, sorted by name (Swedish collation in the presenter's caller). */
  async list(
    db: Db,
    filter: {
      municipalityCode: string;
      q?: string | undefined;
      liaisonId?: string | undefined;
      municipality?: string | undefined;
      sniCode?: string | undefined;
      hasOpenNeeds?: boolean | undefined;
      noContactSince?: string | undefined;
      limit: number;
      offset: number;
    },
  ): Promise<{ rows: EmployerListRow[]; total: number }> {
    const like = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = sql.join(
      [
        sql`e.municipality_code = ${filter.municipalityCode}`,
        like ? sql`(e.name ilike ${like} or e.organisationsnummer ilike ${like})` : null,
        filter.liaisonId ? sql`e.liaison_id = ${filter.liaisonId}` : null,
        filter.municipality ? sql`e.municipality = ${filter.municipality}` : null,
        // A section covers its divisions: 'C' finds the manufacturers coded '10'…'33' too.
        filter.sniCode
          ? sql`upper(e.sni_code) in (${sql.join(
              (sniCodesWithin(filter.sniCode).length
                ? sniCodesWithin(filter.sniCode)
                : [filter.sniCode.toUpperCase()]
              ).map((c) => sql`${c}`),
              sql`, `,
            )})`
          : null,
        filter.hasOpenNeeds === true ? sql`x.open_needs > 0` : null,
        filter.hasOpenNeeds === false ? sql`x.open_needs = 0` : null,
        filter.noContactSince
          ? sql`(x.last_contact_on is null or x.last_contact_on < ${filter.noContactSince})`
          : null,
      ].filter((p) => p !== null),
      sql` and `,
    );
    const result = await db.execute(sql`
      select e.*, s.display_name as liaison_name, x.open_needs, x.last_contact_on::text as last_contact_on,
        count(*) over ()::int as total
      from employer e
      left join staff_user s on s.municipality_code = e.municipality_code and s.id = e.liaison_id
      cross join lateral (
        select
          (select count(*)::int from recruitment_need n where n.municipality_code = e.municipality_code
             and n.employer_id = e.id and n.status in (${sql.join(
               OPEN_STATUSES.map((s) => sql`${s}`),
               sql`, `,
             )})) as open_needs,
          (select max(l.occurred_on) from employer_contact_log l where l.municipality_code = e.municipality_code
             and l.employer_id = e.id) as last_contact_on
      ) x
      where ${where}
      order by e.name
      limit ${filter.limit} offset ${filter.offset}`);
    const raw = rowsOf<Record<string, unknown>>(result);
    return {
      total: Number(raw[0]?.total ?? 0),
      rows: raw.map((r) => ({
        municipalityCode: r.municipality_code as string,
        id: r.id as string,
        name: r.name as string,
        organisationsnummer: (r.organisationsnummer as string | null) ?? null,
        municipality: (r.municipality as string | null) ?? null,
        address: (r.address as string | null) ?? null,
        postcode: (r.postcode as string | null) ?? null,
        industry: (r.industry as string | null) ?? null,
        sniCode: (r.sni_code as string | null) ?? null,
        liaisonId: (r.liaison_id as string | null) ?? null,
        version: Number(r.version),
        createdAt: new Date(r.created_at as string),
        updatedAt: new Date(r.updated_at as string),
        liaisonName: (r.liaison_name as string | null) ?? null,
        openNeeds: Number(r.open_needs ?? 0),
        lastContactOn: (r.last_contact_on as string | null) ?? null,
      })),
    };
  },

  async insert(db: Db, row: EmployerInsert) {
    const [created] = await db.insert(employer).values(row).returning();
    return created!;
  },

  async update(
    db: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: Partial<EmployerInsert>,
    now: Date,
  ) {
    return updateVersioned(db, employer, { municipalityCode, id, version }, values, now);
  },

  workplaces(db: Db, municipalityCode: string, employerId: string) {
    return db
      .select()
      .from(employerWorkplace)
      .where(
        and(
          eq(employerWorkplace.municipalityCode, municipalityCode),
          eq(employerWorkplace.employerId, employerId),
        ),
      )
      .orderBy(asc(employerWorkplace.name));
  },

  async findWorkplace(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(employerWorkplace)
      .where(and(eq(employerWorkplace.municipalityCode, municipalityCode), eq(employerWorkplace.id, id)));
    return row;
  },

  async insertWorkplace(db: Db, row: typeof employerWorkplace.$inferInsert) {
    const [created] = await db.insert(employerWorkplace).values(row).returning();
    return created!;
  },

  contacts(db: Db, municipalityCode: string, employerId: string) {
    return db
      .select()
      .from(employerContact)
      .where(
        and(
          eq(employerContact.municipalityCode, municipalityCode),
          eq(employerContact.employerId, employerId),
        ),
      )
      .orderBy(asc(employerContact.name));
  },

  async findContact(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(employerContact)
      .where(and(eq(employerContact.municipalityCode, municipalityCode), eq(employerContact.id, id)));
    return row;
  },

  async insertContact(db: Db, row: typeof employerContact.$inferInsert) {
    const [created] = await db.insert(employerContact).values(row).returning();
    return created!;
  },

  async updateContact(
    db: Db,
    municipalityCode: string,
    id: string,
    values: Partial<typeof employerContact.$inferInsert>,
    now: Date,
  ) {
    const [row] = await db
      .update(employerContact)
      .set({ ...values, updatedAt: now })
      .where(and(eq(employerContact.municipalityCode, municipalityCode), eq(employerContact.id, id)))
      .returning();
    return row;
  },

  /** An employer's agreements, newest first, each with its file's name, type and size (not the bytes). */
  agreements(db: Db, municipalityCode: string, employerId: string) {
    return db
      .select({
        id: employerAgreement.id,
        kind: employerAgreement.kind,
        validFrom: employerAgreement.validFrom,
        validTo: employerAgreement.validTo,
        signedBy: employerAgreement.signedBy,
        note: employerAgreement.note,
        createdAt: employerAgreement.createdAt,
        fileName: employerAgreementFile.fileName,
        fileType: employerAgreementFile.contentType,
        fileSize: employerAgreementFile.sizeBytes,
      })
      .from(employerAgreement)
      .leftJoin(
        employerAgreementFile,
        and(
          eq(employerAgreementFile.municipalityCode, employerAgreement.municipalityCode),
          eq(employerAgreementFile.agreementId, employerAgreement.id),
        ),
      )
      .where(
        and(
          eq(employerAgreement.municipalityCode, municipalityCode),
          eq(employerAgreement.employerId, employerId),
        ),
      )
      .orderBy(desc(employerAgreement.validFrom));
  },

  async findAgreement(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select({ id: employerAgreement.id, employerId: employerAgreement.employerId })
      .from(employerAgreement)
      .where(and(eq(employerAgreement.municipalityCode, municipalityCode), eq(employerAgreement.id, id)));
    return row;
  },

  /** Puts the agreement's file in place of any earlier one. */
  async putAgreementFile(db: Db, row: typeof employerAgreementFile.$inferInsert) {
    await db
      .insert(employerAgreementFile)
      .values(row)
      .onConflictDoUpdate({
        target: [employerAgreementFile.municipalityCode, employerAgreementFile.agreementId],
        set: {
          fileName: row.fileName,
          contentType: row.contentType,
          sizeBytes: row.sizeBytes,
          content: row.content,
          uploadedById: row.uploadedById,
          uploadedAt: row.uploadedAt,
        },
      });
  },

  async agreementFile(db: Db, municipalityCode: string, agreementId: string) {
    const [row] = await db
      .select()
      .from(employerAgreementFile)
      .where(
        and(
          eq(employerAgreementFile.municipalityCode, municipalityCode),
          eq(employerAgreementFile.agreementId, agreementId),
        ),
      );
    return row;
  },

  async insertAgreement(db: Db, row: typeof employerAgreement.$inferInsert) {
    const [created] = await db.insert(employerAgreement).values(row).returning();
    return created!;
  },

  contactLog(db: Db, municipalityCode: string, employerId: string) {
    const contact = alias(employerContact, 'contact');
    return db
      .select({ entry: employerContactLog, staffName: staffUser.displayName, contactName: contact.name })
      .from(employerContactLog)
      .leftJoin(
        staffUser,
        and(
          eq(staffUser.municipalityCode, employerContactLog.municipalityCode),
          eq(staffUser.id, employerContactLog.staffId),
        ),
      )
      .leftJoin(
        contact,
        and(
          eq(contact.municipalityCode, employerContactLog.municipalityCode),
          eq(contact.id, employerContactLog.contactId),
        ),
      )
      .where(
        and(
          eq(employerContactLog.municipalityCode, municipalityCode),
          eq(employerContactLog.employerId, employerId),
        ),
      )
      .orderBy(desc(employerContactLog.occurredOn), desc(employerContactLog.createdAt));
  },

  async findContactLog(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(employerContactLog)
      .where(and(eq(employerContactLog.municipalityCode, municipalityCode), eq(employerContactLog.id, id)));
    return row;
  },

  async insertContactLog(db: Db, row: typeof employerContactLog.$inferInsert) {
    const [created] = await db.insert(employerContactLog).values(row).returning();
    return created!;
  },

  async updateContactLog(
    db: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: Partial<typeof employerContactLog.$inferInsert>,
    now: Date,
  ) {
    return updateVersioned(db, employerContactLog, { municipalityCode, id, version }, values, now);
  },

  /** Next steps not done, due on or before `until`, that are the staff member's (Min vecka). */
  dueNextSteps(db: Db, municipalityCode: string, staffId: string, until: string) {
    const contact = alias(employerContact, 'contact');
    return db
      .select({
        entry: employerContactLog,
        employerName: employer.name,
        staffName: staffUser.displayName,
        contactName: contact.name,
      })
      .from(employerContactLog)
      .innerJoin(
        employer,
        and(
          eq(employer.municipalityCode, employerContactLog.municipalityCode),
          eq(employer.id, employerContactLog.employerId),
        ),
      )
      .leftJoin(
        staffUser,
        and(
          eq(staffUser.municipalityCode, employerContactLog.municipalityCode),
          eq(staffUser.id, employerContactLog.staffId),
        ),
      )
      .leftJoin(
        contact,
        and(
          eq(contact.municipalityCode, employerContactLog.municipalityCode),
          eq(contact.id, employerContactLog.contactId),
        ),
      )
      .where(
        and(
          eq(employerContactLog.municipalityCode, municipalityCode),
          eq(employerContactLog.staffId, staffId),
          isNull(employerContactLog.nextStepDoneAt),
          lte(employerContactLog.nextStepDue, until),
        ),
      )
      .orderBy(asc(employerContactLog.nextStepDue));
  },

  /** The employer's needs, newest first (for the timeline). */
  needs(db: Db, municipalityCode: string, employerId: string) {
    return db
      .select({
        id: recruitmentNeed.id,
        title: recruitmentNeed.title,
        status: recruitmentNeed.status,
        positions: recruitmentNeed.positions,
        createdAt: recruitmentNeed.createdAt,
      })
      .from(recruitmentNeed)
      .where(
        and(
          eq(recruitmentNeed.municipalityCode, municipalityCode),
          eq(recruitmentNeed.employerId, employerId),
        ),
      )
      .orderBy(desc(recruitmentNeed.createdAt));
  },

  /** Exits to work at the employer: when the job started and whether it held one month (no person). */
  placements(db: Db, municipalityCode: string, employerId: string) {
    return db
      .select({
        startDate: enrolment.exitEmploymentStart,
        kind: enrolment.exitEmploymentKind,
        heldOneMonth: enrolment.exitHeldOneMonth,
      })
      .from(enrolment)
      .where(
        and(
          eq(enrolment.municipalityCode, municipalityCode),
          eq(enrolment.exitEmployerId, employerId),
          eq(enrolment.exitCategory, 'work'),
        ),
      )
      .orderBy(desc(enrolment.exitEmploymentStart));
  },
};
