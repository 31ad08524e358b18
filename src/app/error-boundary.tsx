import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Shows what failed instead of a blank page; learner data is never touched from here. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel error">
        <h1>Something went wrong</h1>
        <p>Your practice history is safe in this browser. The error was:</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
