import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button.tsx';

function Fallback() {
  const { t } = useTranslation();
  return (
    <div className="error-fallback" role="alert">
      <h1>{t('errors.boundaryTitle')}</h1>
      <p>{t('errors.boundaryText')}</p>
      <Button onPress={() => window.location.reload()}>{t('errors.reload')}</Button>
    </div>
  );
}

interface State {
  failed: boolean;
}

/** Catches render errors so that one broken view does not leave a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    // Navigating elsewhere gives the next view a fresh chance.
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}
