import { PlaceholderPage } from '../../components/PlaceholderPage.tsx';

export default function FollowUpPage() {
  return <PlaceholderPage section="followUp" />;
}
