import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { identitySet, requirePermission } from './auth';
import type { GraphDatabase } from './database';
import { invalidBody } from './graph-errors';
import { nowIso } from './lists';
import { findUser } from './users-routes';

const activityNotification = z.object({
  topic: z.object({ source: z.enum(['entityUrl', 'text']), value: z.string().min(1), webUrl: z.string().optional() }),
  activityType: z.string().min(1),
  chainId: z.number().int().optional(),
  previewText: z.object({ content: z.string() }).optional(),
  teamsAppId: z.string().optional(),
  templateParameters: z.array(z.object({ name: z.string().min(1), value: z.string() })).optional(),
  iconId: z.string().optional(),
});

interface OutboxRow {
  id: number;
  recipient: string;
  activity_type: string;
  preview_text: string | null;
  template_parameters: string;
  topic: string | null;
  sender: string;
  time: string;
}

/** `POST /users/{id | userPrincipalName}/teamwork/sendActivityNotification`: recorded to the outbox, 204. */
export function registerNotificationRoutes(graph: FastifyInstance, db: GraphDatabase): void {
  graph.post<{ Params: { userId: string } }>('/users/:userId/teamwork/sendActivityNotification', async (request, reply) => {
    const sender = requirePermission(request, 'sendNotifications');
    const recipient = findUser(request.params.userId);
    const parsed = activityNotification.safeParse(request.body);
    if (!parsed.success) throw invalidBody('Invalid activity notification', parsed.error);
    const body = parsed.data;
    db.transaction(() => {
      db.prepare(
        `INSERT INTO outbox (recipient_id, recipient, activity_type, preview_text, template_parameters, topic, sender, time)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        recipient.id,
        JSON.stringify(identitySet(recipient).user),
        body.activityType,
        body.previewText?.content ?? null,
        JSON.stringify(body.templateParameters ?? []),
        JSON.stringify(body.topic),
        JSON.stringify(identitySet(sender).user),
        nowIso(),
      );
    }).immediate();
    return reply.code(204).send();
  });
}

/** The recorded notifications, newest first, for the tab's local Notifications panel. */
export function readOutbox(db: GraphDatabase): Record<string, unknown>[] {
  const rows = db.prepare('SELECT * FROM outbox ORDER BY id DESC').all() as OutboxRow[];
  return rows.map((row) => ({
    id: String(row.id),
    recipient: JSON.parse(row.recipient) as unknown,
    activityType: row.activity_type,
    previewText: row.preview_text,
    templateParameters: JSON.parse(row.template_parameters) as unknown,
    topic: row.topic === null ? null : (JSON.parse(row.topic) as unknown),
    sender: JSON.parse(row.sender) as unknown,
    time: row.time,
  }));
}
