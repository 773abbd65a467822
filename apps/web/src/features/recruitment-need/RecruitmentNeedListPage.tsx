import { PlaceholderPage } from '../../components/PlaceholderPage.tsx';

export default function RecruitmentNeedListPage() {
  return <PlaceholderPage section="recruitmentNeed" />;
}
