import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DemoPerson } from '../demo-directory';
import { identitySet, requireNotificationSender } from './auth';
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
    const sender = requireNotificationSender(request);
    // A person notifies only their own tenant's people; the app's identity may notify anyone.
    const recipient = findUser(request.params.userId, sender);
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

/**
 * The notifications sent to `reader`, or sent by them (the app's identity sees the reminders it
 * sent), newest first: the tab's local Notifications panel, and what tests of the reminders read.
 */
export function readOutbox(db: GraphDatabase, reader: DemoPerson): Record<string, unknown>[] {
  const rows = db
    .prepare("SELECT * FROM outbox WHERE recipient_id = ? OR json_extract(sender, '$.id') = ? ORDER BY id DESC")
    .all(reader.id, reader.id) as OutboxRow[];
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
