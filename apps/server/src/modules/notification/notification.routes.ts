import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonOk, problemResponses } from '../../http/schemas.ts';
import { listNotifications, markNotificationsRead, NotificationView } from './notification.ts';

const NotificationList = z
  .object({ items: z.array(NotificationView), unread: z.number().int() })
  .openapi('NotificationList');

/** /api/notifications: the logged-in staff member's own. */
export function notificationRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Notiser'],
      summary: 'Mina notiser',
      responses: { 200: jsonOk(NotificationList), ...problemResponses(401) },
    }),
    async (c) => c.json(await listNotifications(ctx, caller(c)), 200),
  );
  router.openapi(
    createRoute({
      method: 'post',
      path: '/read',
      tags: ['Notiser'],
      summary: 'Markera mina notiser som lästa',
      responses: { 200: jsonOk(NotificationList), ...problemResponses(401) },
    }),
    async (c) => c.json(await markNotificationsRead(ctx, caller(c)), 200),
  );
  return router;
}
