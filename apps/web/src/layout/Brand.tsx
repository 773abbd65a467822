import { useTranslation } from 'react-i18next';
import { Link } from '../router/router.tsx';

/** The product name, linking home; the municipality name when we know it. */
export function Brand({
  municipality,
  to = '/',
  label,
}: {
  municipality?: string | undefined;
  to?: string | undefined;
  label?: string | undefined;
}) {
  const { t } = useTranslation();
  const name = t('app.name');
  // The link's name starts with what it shows ("Arbetsbro Trollhättan"), so that speech input
  // and screen readers agree with the eye; where it leads follows ("…, till startsidan").
  const sub = municipality ?? t('app.tagline');
  const where = (label ?? t('app.homeLink')).replace(new RegExp(`^${name}[,\\s]*`), '');
  return (
    <Link to={to} className="brand" aria-label={`${name} ${sub}, ${where}`}>
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path
          d="M6 22c3-7 7-10 10-10s7 3 10 10"
          fill="none"
          stroke="#fff"
          strokeWidth="3"
          strokeLinecap="round"
        />
        <path d="M6 22h20" stroke="#9fd3c7" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <span className="brand__text">
        <span className="brand__name">{name}</span> <span className="brand__sub">{sub}</span>
      </span>
    </Link>
  );
}
