import type { ComponentProps } from 'react';
import { Button as AriaButton } from 'react-aria-components';

interface ButtonProps extends Omit<ComponentProps<typeof AriaButton>, 'className' | 'isPending'> {
  variant?: 'primary' | 'secondary' | 'quiet';
  /**
   * Work in progress: presses are ignored and the button is marked busy. Callers change the label
   * ("Loggar in …") and announce through useAnnounce. We do not use react-aria's own isPending: it
   * leaves a role="img" node pointing at the button in its live region, which axe reports once the
   * button has gone (e.g. after logging in).
   */
  isPending?: boolean;
}

export function Button({ variant = 'primary', isPending = false, onPress, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      aria-disabled={isPending || undefined}
      data-pending={isPending || undefined}
      onPress={isPending ? undefined : onPress}
      className={`button button--${variant}`}
    />
  );
}
