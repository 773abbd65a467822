import { fileTypeFromBuffer } from 'file-type';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { HttpProblem, problems } from '../../http/problem.ts';
import { normalizeInputText, trimInputText } from '../../text/input-text.ts';
import type { Caller } from '../auth/index.ts';
import { employerRepository } from './employer.repository.ts';

/** What a signed copy may be, by its content (not its name): PDF, a photo or scan, Word, OpenDocument. */
const ACCEPTED = new Map([
  ['application/pdf', 'pdf'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
]);

async function agreementOf(ctx: AppContext, municipalityCode: string, agreementId: string) {
  const agreement = await employerRepository.findAgreement(ctx.db, municipalityCode, agreementId);
  if (!agreement) throw problems.notFound('Överenskommelsen finns inte.');
  return agreement;
}

/**
 * Puts the signed copy on an agreement (replacing an earlier one). `bytes` is the raw body; the
 * type is read from the content (file-type), so a renamed file is refused. Throws 400 (empty), 415
 * (not PDF/image/Word/ODT), 404, 403. The file name is kept for the download, trimmed to 200.
 */
export async function putAgreementFile(
  ctx: AppContext,
  {
    actor,
    meta,
    agreementId,
    fileName,
    bytes,
  }: Caller & { agreementId: string; fileName: string | undefined; bytes: Buffer },
) {
  const agreement = await agreementOf(ctx, actor.municipalityCode, agreementId);
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'employer', employerId: agreement.employerId },
    reason: 'employer.agreement_file_put',
  });
  if (bytes.length === 0) throw problems.badRequest('Filen är tom. Välj filen igen.');
  const type = await fileTypeFromBuffer(bytes);
  const ext = type && ACCEPTED.get(type.mime);
  if (!type || !ext)
    throw new HttpProblem(
      415,
      'Filtypen stöds inte',
      'Ladda upp avtalet som PDF, bild (PNG/JPEG) eller Word-/OpenDocument-fil.',
    );
  const name = safeFileName(fileName, ext);
  return ctx.db.transaction(async (tx) => {
    await employerRepository.putAgreementFile(tx, {
      municipalityCode: actor.municipalityCode,
      agreementId,
      fileName: name,
      contentType: type.mime,
      sizeBytes: bytes.length,
      content: bytes,
      uploadedById: actor.id,
      uploadedAt: ctx.clock(),
    });
    await access.record(tx, {
      action: 'update',
      entityType: 'employer_agreement',
      entityId: agreementId,
      details: {
        employerId: agreement.employerId,
        fileType: type.mime,
        fileSize: bytes.length,
      },
    });
    return { name, contentType: type.mime, sizeBytes: bytes.length };
  });
}

/** The signed copy for download (read audited like the employer page). Throws 404 without a file. */
export async function getAgreementFile(
  ctx: AppContext,
  { actor, meta, agreementId }: Caller & { agreementId: string },
) {
  const agreement = await agreementOf(ctx, actor.municipalityCode, agreementId);
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'employer', employerId: agreement.employerId },
    reason: 'employer.agreement_file_read',
  });
  const file = await employerRepository.agreementFile(ctx.db, actor.municipalityCode, agreementId);
  if (!file) throw problems.notFound('Överenskommelsen har ingen fil.');
  return { name: file.fileName, contentType: file.contentType, content: file.content };
}

/** The name as sent (URL-encoded header), without folders or control characters; else avtal.<ext>. */
function safeFileName(raw: string | undefined, ext: string): string {
  let decoded = '';
  try {
    decoded = raw ? decodeURIComponent(raw) : '';
  } catch {
    decoded = '';
  }
  const last = decoded.split(/[\\/]/).pop() ?? '';
  // Control characters (a header can carry them once decoded) become nothing.
  const base = trimInputText(normalizeInputText(last).replace(/\p{Cc}/gu, '')).slice(0, 200);
  if (!base) return `avtal.${ext}`;
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base}.${ext}`;
}
