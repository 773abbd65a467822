import { PlaceholderPage } from '../../components/PlaceholderPage.tsx';

export default function EmployerListPage() {
  return <PlaceholderPage section="employer" />;
}
