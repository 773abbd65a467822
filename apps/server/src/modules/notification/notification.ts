import { z } from '@hono/zod-openapi';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { notification } from '../../db/schema/index.ts';
import type { Caller } from '../auth/index.ts';

// Notifications to staff ("your participant was put on a shortlist", "the employer answered"):
// rows written in the transaction of what caused them, read by the staff member they are for.

export const NotificationView = z
  .object({
    id: z.string().uuid(),
    kind: z.string(),
    text: z.string(),
    link: z.string().nullable(),
    createdAt: z.string().datetime(),
    read: z.boolean(),
  })
  .openapi('Notification');

/** Tells a staff member something; pass the transaction of what happened. */
export async function notify(
  db: Db,
  n: { municipalityCode: string; staffId: string | null; kind: string; text: string; link?: string | null },
) {
  if (!n.staffId) return;
  await db.insert(notification).values({
    municipalityCode: n.municipalityCode,
    staffId: n.staffId,
    kind: n.kind,
    text: n.text,
    link: n.link ?? null,
  });
}

/** The caller's notifications, newest first (their own only: no access check beyond the session). */
export async function listNotifications(ctx: AppContext, { actor }: Caller & { unreadOnly?: boolean }) {
  const rows = await ctx.db
    .select()
    .from(notification)
    .where(and(eq(notification.municipalityCode, actor.municipalityCode), eq(notification.staffId, actor.id)))
    .orderBy(desc(notification.createdAt))
    .limit(100);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      read: r.readAt !== null,
    })),
    unread: rows.filter((r) => r.readAt === null).length,
  };
}

/** Marks all the caller's notifications read. */
export async function markNotificationsRead(ctx: AppContext, { actor }: Caller) {
  await ctx.db
    .update(notification)
    .set({ readAt: ctx.clock() })
    .where(
      and(
        eq(notification.municipalityCode, actor.municipalityCode),
        eq(notification.staffId, actor.id),
        isNull(notification.readAt),
      ),
    );
  return listNotifications(ctx, { actor, meta: { requestId: null } });
}
