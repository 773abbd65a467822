import { PlaceholderPage } from '../../components/PlaceholderPage.tsx';

export default function AdminPage() {
  return <PlaceholderPage section="admin" />;
}
