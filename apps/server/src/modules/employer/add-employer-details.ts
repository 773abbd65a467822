import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { presentAgreement } from './employer.presenter.ts';
import { employerRepository } from './employer.repository.ts';
import type { AgreementBody, ContactPersonBody, WorkplaceBody } from './employer.schemas.ts';

// Workplaces, contact persons and agreements: additions to an employer, each audited.

async function writeAccess(ctx: AppContext, caller: Caller, employerId: string, reason: string) {
  const access = await requireAccess(ctx, {
    ...caller,
    action: 'write',
    target: { kind: 'employer', employerId },
    reason,
  });
  if (!(await employerRepository.find(ctx.db, caller.actor.municipalityCode, employerId)))
    throw problems.notFound();
  return access;
}

/** A workplace of the employer (address, postcode, kommun). */
export async function addWorkplace(
  ctx: AppContext,
  { actor, meta, employerId, body }: Caller & { employerId: string; body: WorkplaceBody },
) {
  const access = await writeAccess(ctx, { actor, meta }, employerId, 'employer.workplace_add');
  return ctx.db.transaction(async (tx) => {
    const row = await employerRepository.insertWorkplace(tx, {
      municipalityCode: actor.municipalityCode,
      employerId,
      name: body.name,
      address: body.address ?? null,
      postcode: body.postcode ? body.postcode.replace(' ', '') : null,
      municipality: body.municipality ?? null,
    });
    await access.record(tx, {
      action: 'create',
      entityType: 'employer_workplace',
      entityId: row.id,
      details: { employerId },
    });
    return {
      id: row.id,
      name: row.name,
      address: row.address,
      postcode: row.postcode,
      municipality: row.municipality,
    };
  });
}

/** A contact person at the employer (personal data: audited, never in logs). */
export async function addContactPerson(
  ctx: AppContext,
  { actor, meta, employerId, body }: Caller & { employerId: string; body: ContactPersonBody },
) {
  const access = await writeAccess(ctx, { actor, meta }, employerId, 'employer.contact_add');
  return ctx.db.transaction(async (tx) => {
    const row = await employerRepository.insertContact(tx, {
      municipalityCode: actor.municipalityCode,
      employerId,
      name: body.name,
      role: body.role ?? null,
      phone: body.phone ?? null,
      email: body.email ?? null,
    });
    await access.record(tx, {
      action: 'create',
      entityType: 'employer_contact',
      entityId: row.id,
      details: { employerId },
    });
    return { id: row.id, name: row.name, role: row.role, phone: row.phone, email: row.email };
  });
}

/** Replaces a contact person's details. */
export async function updateContactPerson(
  ctx: AppContext,
  { actor, meta, contactId, body }: Caller & { contactId: string; body: ContactPersonBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'employer' },
    reason: 'employer.contact_update',
  });
  const current = await employerRepository.findContact(ctx.db, actor.municipalityCode, contactId);
  if (!current) throw problems.notFound();
  return ctx.db.transaction(async (tx) => {
    const row = await employerRepository.updateContact(
      tx,
      actor.municipalityCode,
      contactId,
      { name: body.name, role: body.role ?? null, phone: body.phone ?? null, email: body.email ?? null },
      ctx.clock(),
    );
    await access.record(tx, { action: 'update', entityType: 'employer_contact', entityId: contactId });
    return { id: row!.id, name: row!.name, role: row!.role, phone: row!.phone, email: row!.email };
  });
}

/** A cooperation agreement or letter of intent. */
export async function addAgreement(
  ctx: AppContext,
  { actor, meta, employerId, body }: Caller & { employerId: string; body: AgreementBody },
) {
  const access = await writeAccess(ctx, { actor, meta }, employerId, 'employer.agreement_add');
  if (body.validTo && body.validTo < body.validFrom)
    throw problems.invalid([{ path: 'validTo', message: 'Slutdatum kan inte vara före startdatum.' }]);
  return ctx.db.transaction(async (tx) => {
    const row = await employerRepository.insertAgreement(tx, {
      municipalityCode: actor.municipalityCode,
      employerId,
      kind: body.kind,
      validFrom: body.validFrom,
      validTo: body.validTo ?? null,
      signedBy: body.signedBy ?? null,
      note: body.note ?? null,
      createdById: actor.id,
    });
    await access.record(tx, {
      action: 'create',
      entityType: 'employer_agreement',
      entityId: row.id,
      details: { employerId },
    });
    return presentAgreement({ ...row, fileName: null, fileType: null, fileSize: null });
  });
}
