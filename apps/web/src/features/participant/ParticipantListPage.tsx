import { PlaceholderPage } from '../../components/PlaceholderPage.tsx';

export default function ParticipantListPage() {
  return <PlaceholderPage section="participant" />;
}
