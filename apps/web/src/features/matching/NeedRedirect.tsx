import { useEffect } from 'react';
import type { RouteProps } from '../../app/feature.ts';
import { Loading } from '../../components/StatusPages.tsx';
import { useRouter } from '../../router/router.tsx';

/** `/behov/<id>` (the server's links in notifications) → the need's page, at its matching part. */
export default function NeedRedirect({ params }: RouteProps) {
  const { navigate } = useRouter();
  const needId = params.needId ?? '';
  useEffect(() => navigate(`/rekryteringsbehov/${needId}#matchning`, { replace: true }), [navigate, needId]);
  return <Loading />;
}
