import { sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { setupCaseWorld, vocab } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';
import { createMailer, sendPendingMail } from '../outbox/index.ts';

// Recruitment needs (issue 10): stored in taxonomy terms, their lifecycle and history, the
// discrimination check, the public form with suggestions, refusals and the confirmation e-mail.

let t: TestContext;
let liaison: ApiClient;
let coach: ApiClient;
let admin: ApiClient;
let anon: ApiClient;
let employerId: string;

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await setupCaseWorld(t);
  liaison = await loginAs(t, 'liaison');
  coach = await loginAs(t, 'coach');
  admin = await loginAs(t, 'admin');
  anon = anonymousClient(t);
  const res = await liaison.post('/api/employers', {
    name: 'Älvstrandens Lager AB',
    organisationsnummer: '556677-8899',
    sniCode: '52',
  });
  expect(res.status, await res.clone().text()).toBe(201);
  employerId = (await json(res)).id;
});
afterAll(() => t.close());

async function count(table: 'recruitment_need' | 'outbox_message') {
  return rowsOf<{ n: number }>(await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
}

const needBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Lagerarbetare till plocklagret',
  description: 'Vi söker lagerarbetare med truckkort.',
  employerId,
  occupationId: vocab.occupation('lagerarbetare'),
  positions: 2,
  requiredSkills: [vocab.skill('truckkorning')],
  licences: ['TRUCK-B1'],
  municipality: '1488',
  ...overrides,
});

describe('recruitment needs for staff', () => {
  it('a liaison registers an open need; its history, counts and the employer page show it', async () => {
    const res = await liaison.post('/api/recruitment-needs', needBody());
    expect(res.status, await res.clone().text()).toBe(201);
    const need = await json(res);
    expect(need.status).toBe('open');
    expect(need.occupation.label).toBe('Lagerarbetare');
    expect(need.licences[0].label).toMatch(/^Truckkort B1/);
    const detail = await json(await liaison.get(`/api/recruitment-needs/${need.id}`));
    expect(detail.history.map((h: { kind: string }) => h.kind)).toEqual(['created']);
    const list = await json(await coach.get('/api/recruitment-needs?status=open'));
    expect(list.items.map((n: { id: string }) => n.id)).toContain(need.id);
    expect(list.counts.open).toBeGreaterThanOrEqual(1);
    const employer = await json(await coach.get(`/api/employers/${employerId}`));
    expect(employer.openNeeds).toBeGreaterThanOrEqual(1);
    expect(
      employer.timeline.some(
        (i: { kind: string; refId: string }) => i.kind === 'need' && i.refId === need.id,
      ),
    ).toBe(true);
  });

  it('coaches read needs but do not write them; admins get nothing; references are checked', async () => {
    expect((await coach.post('/api/recruitment-needs', needBody())).status).toBe(403);
    expect((await admin.get('/api/recruitment-needs')).status).toBe(403);
    const bad = await liaison.post(
      '/api/recruitment-needs',
      needBody({ occupationId: 'no-such-id', licences: ['XYZ'] }),
    );
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors.map((e: { path: string }) => e.path)).toEqual([
      'occupationId',
      'licences.0',
    ]);
  });

  it('moves through its lifecycle with reasons, keeps the history, and refuses a stale change', async () => {
    const need = await json(await liaison.post('/api/recruitment-needs', needBody({ occupationId: null })));
    expect(need.status).toBe('received');
    const open = await liaison.post(`/api/recruitment-needs/${need.id}/status`, {
      version: need.version,
      status: 'open',
    });
    expect(open.status).toBe(400);
    expect((await json(open)).detail).toBeTruthy();
    const fixed = await json(
      await liaison.patch(`/api/recruitment-needs/${need.id}`, {
        version: need.version,
        occupationId: vocab.occupation('lagerarbetare'),
      }),
    );
    const opened = await json(
      await liaison.post(`/api/recruitment-needs/${need.id}/status`, {
        version: fixed.version,
        status: 'open',
      }),
    );
    expect(opened.status).toBe('open');
    const noReason = await liaison.post(`/api/recruitment-needs/${need.id}/status`, {
      version: opened.version,
      status: 'filled',
    });
    expect((await json(noReason)).errors[0].path).toBe('closingReason');
    const filled = await json(
      await liaison.post(`/api/recruitment-needs/${need.id}/status`, {
        version: opened.version,
        status: 'filled',
        closingReason: 'filled_through_us',
      }),
    );
    expect(filled.closingReason).toBe('filled_through_us');
    expect(
      (await liaison.patch(`/api/recruitment-needs/${need.id}`, { version: opened.version, positions: 3 }))
        .status,
    ).toBe(409);
    const detail = await json(await liaison.get(`/api/recruitment-needs/${need.id}`));
    expect(
      detail.history.map((h: { kind: string; toStatus: string | null }) => [h.kind, h.toStatus]),
    ).toEqual([
      ['created', 'received'],
      ['updated', null],
      ['status', 'open'],
      ['status', 'filled'],
    ]);
  });

  it('warns about discriminatory requirements without blocking, with the phrase and why', async () => {
    const need = await json(
      await liaison.post(
        '/api/recruitment-needs',
        needBody({ description: 'Du är ung och pigg och har svenska som modersmål.' }),
      ),
    );
    expect(need.warnings.map((w: { ground: string }) => w.ground)).toEqual(['age', 'ethnicity']);
    expect(need.warnings[0].phrase).toBe('ung och pigg');
    expect(need.status).toBe('open');
    const check = await json(
      await liaison.post('/api/recruitment-needs/check-text', {
        title: 'Manlig lagerarbetare',
        description: '',
      }),
    );
    expect(check.warnings[0]).toMatchObject({ ground: 'sex', field: 'title' });
  });

  it('the matching API ranks candidates for a stored need by its id; a closed need is not matched', async () => {
    const need = await json(await liaison.post('/api/recruitment-needs', needBody()));
    const res = await liaison.post('/api/matching/candidates', { needId: need.id });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await json(res)).needId).toBe(need.id);
    await liaison.post(`/api/recruitment-needs/${need.id}/status`, {
      version: need.version,
      status: 'closed',
      closingReason: 'withdrawn',
    });
    expect((await liaison.post('/api/matching/candidates', { needId: need.id })).status).toBe(404);
  });
});

describe('the public form', () => {
  it('suggests the occupation, licences and positions from the employer’s own words', async () => {
    const res = await anon.post('/api/public/recruitment-needs/suggestions', {
      text: 'Vi behöver två lagerarbetare med truckkort A och B.',
    });
    expect(res.status).toBe(200);
    const s = await json(res);
    expect(s.occupation.label).toBe('Lagerarbetare');
    expect(s.positions).toBe(2);
    expect(s.licences.map((l: { id: string }) => l.id)).toEqual([
      expect.stringMatching(/^TRUCK-A/),
      expect.stringMatching(/^TRUCK-B/),
    ]);
  });

  it('a submission arrives as received, attached to the known employer, with a confirmation in the outbox — which a real SMTP server receives', async () => {
    const needs = await count('recruitment_need');
    const res = await anon.post('/api/public/recruitment-needs', {
      organisationName: 'Älvstrandens Lager AB',
      organisationsnummer: '5566778899',
      contactName: 'Åsa Öberg',
      email: 'asa@example.se',
      description: 'Vi behöver två lagerarbetare med truckkort A och B till hösten.',
      positions: 2,
      occupationId: vocab.occupation('lagerarbetare'),
      licences: ['TRUCK-A1', 'TRUCK-B1', 'NO-SUCH'],
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const answer = await json(res);
    expect(answer.reference).toMatch(/^BEHOV-[0-9A-F]{6}$/);
    expect(await count('recruitment_need')).toBe(needs + 1);
    const list = await json(await liaison.get('/api/recruitment-needs?status=received'));
    const stored = list.items.find(
      (n: { source: string; submitter: { email: string } | null }) =>
        n.source === 'public_form' && n.submitter?.email === 'asa@example.se',
    );
    expect(stored.employer.id).toBe(employerId);
    expect(stored.licences.map((l: { id: string }) => l.id)).toEqual(['TRUCK-A1', 'TRUCK-B1']);

    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.server.address() as { port: number }).port;
      const mailer = createMailer({
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: 'Arbetsbro <noreply@arbetsbro.invalid>',
        outboxDir: '',
      });
      expect(await sendPendingMail(t, mailer)).toBeGreaterThanOrEqual(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const mail = await simpleParser(received.find((r) => r.includes('asa@example.se'))!);
    expect(mail.subject).toBe(`Vi har tagit emot ert rekryteringsbehov (${answer.reference})`);
    expect(mail.text).toContain('Hej Åsa Öberg!');
    expect(mail.text).toContain('två lagerarbetare');
  });

  it('refuses a bad organisation number, spam, an oversize body and a burst, saving nothing', async () => {
    const base = {
      organisationName: 'Test AB',
      contactName: 'Bo',
      email: 'bo@example.se',
      description: 'Två städare.',
    };
    const needs = await count('recruitment_need');
    const mails = await count('outbox_message');
    const bad = await anon.post('/api/public/recruitment-needs', {
      ...base,
      organisationsnummer: '5560360794',
    });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0].path).toBe('organisationsnummer');
    const spam = await anon.post('/api/public/recruitment-needs', {
      ...base,
      website: 'http://spam.example',
    });
    expect(spam.status).toBe(201);
    const big = await anon.post('/api/public/recruitment-needs', {
      ...base,
      description: 'x'.repeat(40_000),
    });
    expect(big.status).toBe(413);
    expect((await json(big)).detail).toContain('för stort');
    expect(await count('recruitment_need')).toBe(needs);
    expect(await count('outbox_message')).toBe(mails);
    // The earlier test submitted one; the limit is five an hour per address.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await anon.post('/api/public/recruitment-needs', { ...base, description: `Behov ${i}` })).status,
      );
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.slice(-2)).toEqual([429, 429]);
    const tooMany = await anon.post('/api/public/recruitment-needs', base);
    expect(tooMany.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await count('recruitment_need')).toBe(needs + 4);
  });
});
