import { Segmented } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { AwardFormsPage } from './AwardFormsPage.tsx';
import { DecisionPage } from './DecisionPage.tsx';
import { DecisionsPage } from './DecisionsPage.tsx';
import { ProposalPage } from './ProposalPage.tsx';
import { ProposalsPage } from './ProposalsPage.tsx';

/** Commendations (khen thưởng), mounted at /awards/*: decisions, proposals, the review queue, the forms. */
export function AwardRoutes() {
  return (
    <>
      <AwardTabs />
      <Routes>
        <Route index element={<DecisionsPage />} />
        <Route path="proposals" element={<ProposalsPage />} />
        <Route path="review" element={<ProposalsPage queue />} />
        <Route path="proposals/:id" element={<ProposalPage />} />
        <Route path="forms" element={<AwardFormsPage />} />
        <Route path=":id" element={<DecisionPage />} />
      </Routes>
    </>
  );
}

function AwardTabs() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs = [
    { value: '/awards', label: t('award.tab.decisions') },
    { value: '/awards/proposals', label: t('award.tab.proposals') },
    ...(can('award.decide') ? [{ value: '/awards/review', label: t('award.tab.review') }] : []),
    ...(can('criteria.manage') ? [{ value: '/awards/forms', label: t('award.tab.forms') }] : []),
  ];
  const current = [...tabs].reverse().find((x) => pathname.startsWith(x.value))?.value ?? '/awards';
  const active = pathname.startsWith('/awards/proposals/') ? '/awards/proposals' : current;
  return (
    <Segmented
      value={active}
      options={tabs}
      onChange={(v) => navigate(String(v))}
      style={{ marginBottom: 16 }}
      data-testid="award-tabs"
    />
  );
}
