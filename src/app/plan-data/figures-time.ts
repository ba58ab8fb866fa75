const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/**
 * When the figures on screen were read, as a person in the UK reads a clock: "09:05" (24-hour,
 * Europe/London, so the same in Teams on any laptop), with the day as well when it was not today.
 */
export function figuresTime(readAt: Date, now: Date): string {
  const day = DAY.format(readAt);
  return day === DAY.format(now) ? TIME.format(readAt) : `${TIME.format(readAt)} on ${day}`;
}
