import { PlaceholderPage } from '../../components/PlaceholderPage.tsx';

export default function MatchingPage() {
  return <PlaceholderPage section="matching" />;
}
