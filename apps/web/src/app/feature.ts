import type { ComponentType } from 'react';
import type { Role } from '../api/types.ts';
import type sv from '../i18n/sv.json';
import type { Params } from '../router/router.tsx';

export type NavLabelKey = `nav.${Exclude<keyof typeof sv.nav, 'label' | 'toggle'>}`;
export type SectionKey = keyof typeof sv.sections;

export interface RouteProps {
  params: Params;
}

export interface AppRoute {
  /** `/deltagare` or `/deltagare/:participantId`; Swedish, since people read and share URLs. */
  path: string;
  component: ComponentType<RouteProps>;
  /** Who may open the route; everyone logged in when absent. The server checks again. */
  roles?: readonly Role[];
}

/** Texts of the public layout (`public.*` in the shared translations). */
export type PublicTextKey = keyof typeof sv.public;

/** A page for people without an account, with the public layout's texts for it. */
export interface PublicRoute extends Omit<AppRoute, 'roles'> {
  /** The brand link's accessible name (the page links to itself); `homeLink` when absent. */
  homeLabelKey?: PublicTextKey;
  /** What the footer says the visitor's details are used for; `footer` when absent. */
  footerKey?: PublicTextKey;
}

export interface NavItem {
  to: string;
  labelKey: NavLabelKey;
  roles?: readonly Role[];
}

/**
 * One area of the app (a folder under `features/`). Each feature owns its routes; adding a page
 * means adding a route here in the feature's own `index.ts`, not editing a central table.
 */
export interface Feature {
  id: string;
  nav?: NavItem;
  /** Title and description under `sections.<key>` in the translations, for the overview cards. */
  section?: SectionKey;
  routes: AppRoute[];
  /**
   * Pages for people without an account (an employer's form): shown in the public layout without
   * asking who is logged in, never redirected to the login page. Public pages may not read
   * anything that needs a session.
   */
  publicRoutes?: PublicRoute[];
}

export function allows(roles: readonly Role[] | undefined, role: Role): boolean {
  return roles === undefined || roles.includes(role);
}
