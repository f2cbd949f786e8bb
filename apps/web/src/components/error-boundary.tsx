import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * The last line of defence, outside the router: plain markup, no router or query hooks, since those may be
 * what failed. Shows no details of the error.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Umbrella crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <header className="site-header">
          <div className="site-header__inner">
            <span className="brand">Umbrella</span>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="main main--narrow">
          <h1>Something went wrong</h1>
          <p>
            Umbrella could not show this page. Please try again. If it keeps happening, tell your
            administrator.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => this.setState({ failed: false })}
          >
            Try again
          </button>
        </main>
      </>
    );
  }
}
