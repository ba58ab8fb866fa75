import type { PlanStorage } from '../../../../src/storage/ports';
import { demoActions } from './demo-actions';
import { demoEdsReview } from './demo-eds';
import { demoWresYears } from './demo-wres';

export interface SeedOptions {
  rootDir: string;
  today: Date;
}

/**
 * Loads the demo trust through the app's own storage ports, exactly as a user's imports would:
 * settings, three WRES years, an EDS2 review and about 25 actions, some with progress updates.
 * It fills in only what is missing, so a load cut short by a crash is finished by running it
 * again: settings are saved by key, years and the review only when absent (or, for a review whose
 * grades were cut short, over its own eTag), actions and updates by their own ids.
 */
export async function seedDemoTrust(storage: PlanStorage, options: SeedOptions): Promise<void> {
  const plan = await storage.load();
  await storage.settings.saveSetting('organisationName', 'Demo NHS Trust');
  await storage.settings.saveSetting('odsCode', 'RXX');
  // Sharing good practice needs a type and region: nothing assumes them for a trust that never set them.
  await storage.settings.saveSetting('organisationType', 'Acute trust');
  await storage.settings.saveSetting('region', 'London');
  await storage.settings.saveSetting('edsFramework', 'eds2');
  await storage.settings.saveSetting('suppressionThreshold', '5');
  const years = demoWresYears(options.rootDir);
  for (const year of years) {
    if (!plan.wresYears.some((stored) => stored.value.year === year.year)) await storage.wres.saveYear(year);
  }
  const review = demoEdsReview(years.at(-1)?.year ?? options.today.getFullYear());
  const storedReview = plan.edsReviews.find((stored) => stored.value.id === review.id);
  if (!storedReview) await storage.eds.saveReview(review);
  else if (storedReview.value.outcomes.length < review.outcomes.length) await storage.eds.saveReview(review, storedReview.eTag);
  const actions = demoActions(options.today);
  await storage.actions.importMany(actions);
  const updated = new Set(plan.actions.filter((action) => action.value.progressUpdates.length > 0).map((action) => action.value.id));
  const started = actions.filter((action) => action.status !== 'Not started').slice(0, 8);
  for (const action of started.filter((candidate) => !updated.has(candidate.id))) {
    // SharePoint records the seeding person and the time of seeding as the author and time; the
    // update's own id makes a repeated post find the first copy.
    await storage.actions.postUpdate(action.id, {
      id: `seed-update-${action.id}`,
      note: `Progress reviewed at the People Committee: ${action.status.toLowerCase()}.`,
      statusAfter: action.status,
    });
  }
}
