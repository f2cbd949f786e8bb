import { Component, type ReactNode } from 'react';
import { Button } from '../../../components/button.tsx';

interface State {
  failed: boolean;
}

/**
 * Keeps the tables on screen when the charts fail (their download was interrupted, say): the charts' place
 * says so, with a way to try again. Shows no details of the error.
 */
export class ChartsBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="alert alert--error" role="alert">
        <p className="alert__title">The charts could not be shown</p>
        <div className="alert__body">
          <p>The tables above are not affected. Check the connection, then reload the page.</p>
          {/* A failed download is remembered by the page, so only a reload fetches the charts again. */}
          <Button variant="secondary" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </div>
      </div>
    );
  }
}
