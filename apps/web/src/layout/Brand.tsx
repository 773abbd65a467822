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
  return (
    <Link to={to} className="brand" aria-label={label ?? t('app.homeLink')}>
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
        <span className="brand__name">{t('app.name')}</span>
        <span className="brand__sub">{municipality ?? t('app.tagline')}</span>
      </span>
    </Link>
  );
}
