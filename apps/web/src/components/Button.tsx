import type { ComponentProps } from 'react';
import { Button as AriaButton } from 'react-aria-components';

interface ButtonProps extends Omit<ComponentProps<typeof AriaButton>, 'className'> {
  variant?: 'primary' | 'secondary' | 'quiet';
}

export function Button({ variant = 'primary', ...props }: ButtonProps) {
  return <AriaButton {...props} className={`button button--${variant}`} />;
}
