import type { Client } from '@microsoft/microsoft-graph-client';

/**
 * The activity types the services send, with the template parameters each one's manifest
 * `templateText` uses (appPackage/manifest.json › activities.activityTypes); a test checks that
 * the manifest declares each of them with exactly these parameters.
 */
export const ACTIVITY_TYPES = {
  actionDueSoon: ['actionTitle'],
  actionOverdue: ['actionTitle'],
  weeklyDigest: ['dueSoonCount', 'overdueCount'],
} as const satisfies Record<string, readonly string[]>;

export type ActivityType = keyof typeof ACTIVITY_TYPES;

type TemplateParameters<T extends ActivityType> = Record<(typeof ACTIVITY_TYPES)[T][number], string>;

/** The body of Graph's `sendActivityNotification`. */
export interface ActivityNotification {
  topic: { source: 'text'; value: string; webUrl: string };
  activityType: ActivityType;
  previewText: { content: string };
  templateParameters: { name: string; value: string }[];
  teamsAppId?: string;
}

/** Graph keeps a preview short; longer text is cut with an ellipsis. */
export const MAX_PREVIEW_LENGTH = 150;

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function activityNotification<T extends ActivityType>(
  activityType: T,
  parameters: TemplateParameters<T>,
  preview: string,
  topic: { value: string; webUrl: string },
  teamsAppId?: string,
): ActivityNotification {
  const names: readonly string[] = ACTIVITY_TYPES[activityType];
  const values: Record<string, string> = parameters;
  return {
    topic: { source: 'text', value: topic.value, webUrl: topic.webUrl },
    activityType,
    previewText: { content: shorten(preview, MAX_PREVIEW_LENGTH) },
    templateParameters: names.map((name) => ({ name, value: values[name] ?? '' })),
    ...(teamsAppId ? { teamsAppId } : {}),
  };
}

/** Sends one notification to a user (Entra object id or user principal name). */
export type ActivitySender = (recipient: string, notification: ActivityNotification) => Promise<void>;

/** `POST /users/{id | upn}/teamwork/sendActivityNotification` with the given (app-only) client. */
export function graphActivitySender(client: Client): ActivitySender {
  return async (recipient, notification) => {
    await client.api(`/users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`).post(notification);
  };
}
