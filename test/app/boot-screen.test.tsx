import { render, screen } from '@testing-library/react';
import { BootScreen } from '../../src/app/boot-screen';

test('while the tab opens it shows progress, and a failure is explained instead of spinning forever', async () => {
  const opening: { fail?: (error: Error) => void } = {};
  const start = () => new Promise<never>((_resolve, reject) => (opening.fail = reject));
  render(<BootScreen start={start} />);
  expect(screen.getByText('Opening the race equality plan…')).toBeInTheDocument();
  opening.fail?.(new Error("The tab's configuration (config.json) could not be loaded: HTTP 404."));
  expect(await screen.findByText('The plan could not be opened')).toBeInTheDocument();
  expect(screen.getByText(/HTTP 404/)).toBeInTheDocument();
  expect(screen.queryByText('Opening the race equality plan…')).not.toBeInTheDocument();
});
