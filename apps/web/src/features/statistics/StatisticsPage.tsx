import { PlaceholderPage } from '../../components/PlaceholderPage.tsx';

export default function StatisticsPage() {
  return <PlaceholderPage section="statistics" />;
}
