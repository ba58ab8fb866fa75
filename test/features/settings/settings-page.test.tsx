import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseEdsReview } from '../../../src/domain/eds';
import { SettingsPage } from '../../../src/features/settings/settings-page';
import { okValue } from '../../domain/support/validated';
import { memoryPlanStorage } from '../../support/memory-plan-storage';
import { renderWithPlan } from '../../support/render-with-plan';

const settings = { organisationName: 'Demo NHS Trust', odsCode: 'RXX', edsFramework: 'eds2', suppressionThreshold: '5' };

test('the stored settings are shown, and a valid change is saved', async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ settings });
  await renderWithPlan(<SettingsPage />, { storage });
  expect(screen.getByRole('textbox', { name: 'Organisation name' })).toHaveValue('Demo NHS Trust');
  expect(screen.getByRole('radio', { name: /EDS2/ })).toBeChecked();
  await user.click(screen.getByRole('radio', { name: /EDS 2022/ }));
  await user.clear(screen.getByRole('spinbutton', { name: /Small-number threshold/ }));
  await user.type(screen.getByRole('spinbutton', { name: /Small-number threshold/ }), '10');
  await user.click(screen.getByRole('button', { name: 'Save settings' }));
  expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
  expect((await storage.load()).settings).toMatchObject({ edsFramework: 'eds2022', suppressionThreshold: '10', odsCode: 'RXX' });
});

test("the suppression method is chosen beside the threshold; NHS Digital's rule has no use for the threshold", async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ settings });
  await renderWithPlan(<SettingsPage />, { storage });
  expect(screen.getByRole('radiogroup', { name: 'Suppression method' })).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'Hide counts below the threshold' })).toBeChecked();
  expect(screen.getByRole('spinbutton', { name: /Small-number threshold/ })).toBeEnabled();
  await user.click(screen.getByRole('radio', { name: /NHS Digital's 2018 rule/ }));
  expect(screen.getByRole('spinbutton', { name: /Small-number threshold/ })).toBeDisabled();
  expect(screen.getByText("Not used by NHS Digital's rule, which hides counts from 1 to 7.")).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Save settings' }));
  expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
  expect((await storage.load()).settings).toMatchObject({ suppressionMethod: 'nhs-digital-2018', suppressionThreshold: '5' });
});

test('a bad value is named on its field and nothing is saved', async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ settings });
  await renderWithPlan(<SettingsPage />, { storage });
  await user.clear(screen.getByRole('textbox', { name: /ODS code/ }));
  await user.type(screen.getByRole('textbox', { name: /ODS code/ }), 'R1');
  await user.click(screen.getByRole('button', { name: 'Save settings' }));
  expect(await screen.findByText('Enter the ODS code: 3 to 5 letters or digits, such as RXX.')).toBeInTheDocument();
  expect(screen.getByText('Check the fields marked above.')).toBeInTheDocument();
  expect((await storage.load()).settings.odsCode).toBe('RXX');
});

test('a library site written as an unsafe address is refused, naming the field', async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ settings });
  await renderWithPlan(<SettingsPage />, { storage });
  await user.type(screen.getByRole('textbox', { name: 'Good-practice library site' }), 'javascript:alert(1)');
  await user.click(screen.getByRole('button', { name: 'Save settings' }));
  expect(await screen.findByText('Good-practice library site must be a web address starting https://, or a site id.')).toBeInTheDocument();
  expect((await storage.load()).settings.librarySite).toBeUndefined();
});

test('a refused save keeps what was typed and says why', async () => {
  const user = userEvent.setup();
  const storage = memoryPlanStorage({ settings, readOnly: true });
  await renderWithPlan(<SettingsPage />, { storage });
  await user.type(screen.getByRole('textbox', { name: 'Organisation name' }), ' (North)');
  await user.click(screen.getByRole('button', { name: 'Save settings' }));
  // The failure is an alert in the shared wording of a refused change, after what did not happen.
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText('Settings were not saved')).toBeInTheDocument();
  expect(within(alert).getByText("You do not have permission to change the plan's settings. You have read-only access to this plan.")).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Organisation name' })).toHaveValue('Demo NHS Trust (North)');
});

test('a reader sees the settings without any way to change them', async () => {
  await renderWithPlan(<SettingsPage />, { storage: memoryPlanStorage({ settings }), canEdit: false });
  expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Check lists' })).not.toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Organisation name' })).toHaveAttribute('readonly');
  expect(screen.getByText(/read-only access/)).toBeInTheDocument();
});

test('checking the lists reports that all is in place', async () => {
  const user = userEvent.setup();
  await renderWithPlan(<SettingsPage />, { storage: memoryPlanStorage({ settings }) });
  await user.click(screen.getByRole('button', { name: 'Check lists' }));
  expect(await screen.findByText('All lists and columns are in place.')).toBeInTheDocument();
});

test('settings say which SharePoint site holds the plan, and offer to open it on another', async () => {
  await renderWithPlan(<SettingsPage />, { storage: memoryPlanStorage({ settings }) });
  expect(screen.getByRole('link', { name: 'Test site (demo-trust.sharepoint.example)' })).toHaveAttribute(
    'href',
    'https://demo-trust.sharepoint.example/sites/race-equality',
  );
  expect(screen.getByRole('button', { name: 'Open' })).toBeDisabled();
  await userEvent.setup().type(screen.getByRole('textbox', { name: /Open the plan on another SharePoint site/ }), 'other-site');
  expect(screen.getByRole('button', { name: 'Open' })).toBeEnabled();
  expect(screen.getByRole('link', { name: "Use the team's own site" }).getAttribute('href')).toMatch(/\?site=default#\/settings$/);
});

describe('the EDS framework, the same on every page', () => {
  const notChosen = { organisationName: 'Demo NHS Trust', odsCode: 'RXX' };

  test('a new plan has no framework chosen, and Settings name the one every page uses until then: EDS 2022', async () => {
    await renderWithPlan(<SettingsPage />, { storage: memoryPlanStorage({ settings: notChosen }) });
    const group = screen.getByRole('radiogroup', { name: 'EDS framework' });
    expect(within(group).getByRole('radio', { name: /EDS2/ })).not.toBeChecked();
    expect(within(group).getByRole('radio', { name: /EDS 2022/ })).not.toBeChecked();
    expect(group).toHaveAccessibleDescription('Not chosen yet: every page uses EDS 2022 until you choose.');
  });

  test("with no framework chosen, the newest review's framework is the one in use, and Settings say so", async () => {
    const edsReviews = [okValue(parseEdsReview({ id: 'r1', framework: 'eds2', year: 2024, status: 'Agreed', partners: {}, outcomes: [] }))];
    await renderWithPlan(<SettingsPage />, { storage: memoryPlanStorage({ settings: notChosen, edsReviews }) });
    expect(screen.getByRole('radiogroup', { name: 'EDS framework' })).toHaveAccessibleDescription('Not chosen yet: every page uses EDS2 until you choose.');
  });

  test('once chosen, the choice is shown and the hint goes', async () => {
    const user = userEvent.setup();
    const storage = memoryPlanStorage({ settings: notChosen });
    await renderWithPlan(<SettingsPage />, { storage });
    await user.click(screen.getByRole('radio', { name: /EDS2/ }));
    expect(screen.queryByText(/Not chosen yet/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect((await storage.load()).settings.edsFramework).toBe('eds2');
  });
});
