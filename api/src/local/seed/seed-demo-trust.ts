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
 */
export async function seedDemoTrust(storage: PlanStorage, options: SeedOptions): Promise<void> {
  await storage.settings.saveSetting('organisationName', 'Demo NHS Trust');
  await storage.settings.saveSetting('odsCode', 'RXX');
  await storage.settings.saveSetting('edsFramework', 'eds2');
  await storage.settings.saveSetting('suppressionThreshold', '5');
  const years = demoWresYears(options.rootDir);
  for (const year of years) await storage.wres.saveYear(year);
  await storage.eds.saveReview(demoEdsReview(years.at(-1)?.year ?? options.today.getFullYear()));
  const actions = await storage.actions.importMany(demoActions(options.today));
  const started = actions.filter((action) => action.value.status !== 'Not started').slice(0, 8);
  for (const action of started) {
    // SharePoint records the seeding person and the time of seeding as the author and time.
    await storage.actions.postUpdate(action.value.id, {
      id: `seed-update-${action.value.id}`,
      note: `Progress reviewed at the People Committee: ${action.value.status.toLowerCase()}.`,
      statusAfter: action.value.status,
    });
  }
}
