import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  region: {
    overflowX: 'auto',
    maxWidth: '100%',
    '@media print': { overflowX: 'visible' },
    // Columns as wide as their words need: Fluent's fixed layout squeezes them in a narrow panel until
    // headings overlap and words break mid-way. A table wider than the panel scrolls here instead.
    '& table': { tableLayout: 'auto' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThin },
  },
});

/** Whether the element is wider inside than it is on screen, followed as the page resizes. */
function useScrollsSideways(element: HTMLElement | null): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    if (!element) return undefined;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // The content can grow without the box changing size (rows arriving): watch it too.
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [element]);
  return scrolls;
}

/**
 * A table's own sideways-scrolling area, so the page itself never scrolls sideways in a narrow
 * panel. When (and only when) it does scroll, it is a named region that takes keyboard focus, so a
 * keyboard user can scroll it with the arrow keys and a screen reader says what it holds.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const styles = useStyles();
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const scrolls = useScrollsSideways(element);
  return (
    <div ref={setElement} className={mergeClasses(styles.region, className)} {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
