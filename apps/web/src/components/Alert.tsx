import { forwardRef, type ReactNode } from 'react';

interface AlertProps {
  tone: 'error' | 'info' | 'success';
  heading?: string;
  children: ReactNode;
}

/**
 * A message box. Errors are announced at once (role="alert"); info and success politely
 * (role="status"). Render it only when there is something to say, so the announcement fires.
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert({ tone, heading, children }, ref) {
  return (
    <div
      ref={ref}
      className={`alert alert--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={-1}
    >
      <span className="alert__icon" aria-hidden="true">
        {tone === 'error' ? '!' : tone === 'success' ? '✓' : 'i'}
      </span>
      <div className="alert__body">
        {heading ? <p className="alert__heading">{heading}</p> : null}
        <div>{children}</div>
      </div>
    </div>
  );
});
