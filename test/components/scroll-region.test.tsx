import { render, screen } from '@testing-library/react';
import { ScrollRegion } from '../../src/components/scroll-region';

/** Lays out every element `content` px wide inside a `box` px box (jsdom does no layout of its own). */
function layout(content: number, box: number): void {
  jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(content);
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(box);
}

afterEach(() => jest.restoreAllMocks());

function renderTable(): void {
  render(
    <ScrollRegion label="Every action, by status">
      <table aria-label="Actions" />
    </ScrollRegion>,
  );
}

test.each([
  { content: 800, box: 320 },
  { content: 321, box: 320 },
])('content $content px wide in a $box px box scrolls in a named region that takes keyboard focus', async ({ content, box }) => {
  layout(content, box);
  renderTable();
  const region = await screen.findByRole('region', { name: 'Every action, by status' });
  expect(region).toHaveAttribute('tabindex', '0');
  expect(region).toContainElement(screen.getByRole('table', { name: 'Actions' }));
});

test.each([
  { content: 320, box: 320 },
  { content: 200, box: 320 },
])('content $content px wide in a $box px box is not one more tab stop or landmark', async ({ content, box }) => {
  layout(content, box);
  renderTable();
  expect(await screen.findByRole('table', { name: 'Actions' })).toBeInTheDocument();
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Actions' }).parentElement).not.toHaveAttribute('tabindex');
});
