import { Text } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

interface ChartBoundaryState {
  failed: boolean;
}

/**
 * A chart that cannot be drawn says so instead of taking the page down with it; the figures it
 * pictures are always given in words or a table beside it.
 */
export class ChartBoundary extends Component<{ children: ReactNode }, ChartBoundaryState> {
  override state: ChartBoundaryState = { failed: false };

  static getDerivedStateFromError(): ChartBoundaryState {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <Text size={200}>The chart could not be drawn; the figures are given in words.</Text>;
    return this.props.children;
  }
}
