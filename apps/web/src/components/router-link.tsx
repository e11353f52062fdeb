import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';

const LINK_CLASS = 'utrecht-link utrecht-link--html-a';

/** A client-side link with the NL Design System link style. */
export function RouterLink({ className, ...props }: LinkProps) {
  return <Link className={className ? `${LINK_CLASS} ${className}` : LINK_CLASS} {...props} />;
}

/** A navigation link: marks the current page with aria-current="page". */
export function NavRouterLink(props: Omit<NavLinkProps, 'className'>) {
  return <NavLink className={LINK_CLASS} {...props} />;
}

const BUTTON_LINK_CLASS = {
  primary: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action',
  secondary: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action',
} as const;

/** A client-side link that looks like a button (for navigation, not for actions). */
export function RouterButtonLink({
  appearance = 'primary',
  ...props
}: Omit<LinkProps, 'className'> & { appearance?: keyof typeof BUTTON_LINK_CLASS }) {
  return <Link className={BUTTON_LINK_CLASS[appearance]} {...props} />;
}
