import { App as AntApp, Button, Result } from 'antd';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { FullPageSpin, RequireAuth } from './components/RequireAuth.tsx';
import { useT } from './i18n/I18nProvider.tsx';
import { LoginPage } from './pages/auth/LoginPage.tsx';

// Pages load on demand, so the login screen stays light on a weak network.
const UnitTreePage = lazy(() => import('./pages/org-unit/UnitTreePage.tsx').then((m) => ({ default: m.UnitTreePage })));
const UnitDetailPage = lazy(() =>
  import('./pages/org-unit/UnitDetailPage.tsx').then((m) => ({ default: m.UnitDetailPage })),
);
const ImportUnitsPage = lazy(() =>
  import('./pages/org-unit/ImportUnitsPage.tsx').then((m) => ({ default: m.ImportUnitsPage })),
);
const AuditPage = lazy(() => import('./pages/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('./pages/user/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const ChangePasswordPage = lazy(() =>
  import('./pages/auth/ChangePasswordPage.tsx').then((m) => ({ default: m.ChangePasswordPage })),
);
const EvaluationHomePage = lazy(() =>
  import('./pages/evaluation/EvaluationHomePage.tsx').then((m) => ({ default: m.EvaluationHomePage })),
);
const ReviewListPage = lazy(() =>
  import('./pages/evaluation/ReviewListPage.tsx').then((m) => ({ default: m.ReviewListPage })),
);
const SheetPage = lazy(() => import('./pages/evaluation/SheetPage.tsx').then((m) => ({ default: m.SheetPage })));
const DashboardPage = lazy(() =>
  import('./pages/evaluation/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);
const CriteriaSetsPage = lazy(() =>
  import('./pages/criteria-set/CriteriaSetsPage.tsx').then((m) => ({ default: m.CriteriaSetsPage })),
);
const CriteriaSetEditPage = lazy(() =>
  import('./pages/criteria-set/CriteriaSetEditPage.tsx').then((m) => ({ default: m.CriteriaSetEditPage })),
);
const RemediationPlansPage = lazy(() =>
  import('./pages/remediation/RemediationPlansPage.tsx').then((m) => ({ default: m.RemediationPlansPage })),
);
const PublicReportPage = lazy(() =>
  import('./pages/public-report/PublicReportPage.tsx').then((m) => ({ default: m.PublicReportPage })),
);
const PublicLookupPage = lazy(() =>
  import('./pages/public-report/PublicLookupPage.tsx').then((m) => ({ default: m.PublicLookupPage })),
);
const ReportInboxPage = lazy(() =>
  import('./pages/citizen-report/ReportInboxPage.tsx').then((m) => ({ default: m.ReportInboxPage })),
);
const ReportDetailPage = lazy(() =>
  import('./pages/citizen-report/ReportDetailPage.tsx').then((m) => ({ default: m.ReportDetailPage })),
);
const ReportStatsPage = lazy(() =>
  import('./pages/citizen-report/ReportStatsPage.tsx').then((m) => ({ default: m.ReportStatsPage })),
);
const MediationPage = lazy(() =>
  import('./pages/mediation/MediationPage.tsx').then((m) => ({ default: m.MediationPage })),
);

// The registries of issue #5: each feature owns its sub-routes.
const ExemplarRoutes = lazy(() =>
  import('./pages/exemplar/ExemplarRoutes.tsx').then((m) => ({ default: m.ExemplarRoutes })),
);
const InitiativeRoutes = lazy(() =>
  import('./pages/initiative/InitiativeRoutes.tsx').then((m) => ({ default: m.InitiativeRoutes })),
);
const SecurityTeamRoutes = lazy(() =>
  import('./pages/security-team/SecurityTeamRoutes.tsx').then((m) => ({ default: m.SecurityTeamRoutes })),
);
const StatisticsRoutes = lazy(() =>
  import('./pages/statistics/StatisticsRoutes.tsx').then((m) => ({ default: m.StatisticsRoutes })),
);
const CampaignRoutes = lazy(() =>
  import('./pages/campaign/CampaignRoutes.tsx').then((m) => ({ default: m.CampaignRoutes })),
);
const CoordinationProgramRoutes = lazy(() =>
  import('./pages/coordination-program/CoordinationProgramRoutes.tsx').then((m) => ({
    default: m.CoordinationProgramRoutes,
  })),
);
const SteeringCommitteeRoutes = lazy(() =>
  import('./pages/steering-committee/SteeringCommitteeRoutes.tsx').then((m) => ({
    default: m.SteeringCommitteeRoutes,
  })),
);
const AwardRoutes = lazy(() => import('./pages/award/AwardRoutes.tsx').then((m) => ({ default: m.AwardRoutes })));

export function App() {
  return (
    <AntApp>
      <BrowserRouter>
        <Suspense fallback={<FullPageSpin />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            {/* the citizens' channel: public, no account */}
            <Route path="/to-giac" element={<PublicReportPage />} />
            <Route path="/tra-cuu" element={<PublicLookupPage />} />
            <Route element={<RequireAuth />}>
              <Route element={<AppLayout />}>
                <Route index element={<Navigate to="/units" replace />} />
                <Route path="/units" element={<UnitTreePage />} />
                <Route path="/units/import" element={<ImportUnitsPage />} />
                <Route path="/units/:id" element={<UnitDetailPage />} />
                <Route path="/users" element={<UsersPage />} />
                <Route path="/audit" element={<AuditPage />} />
                <Route path="/account/password" element={<ChangePasswordPage />} />
                <Route path="/evaluations" element={<EvaluationHomePage />} />
                <Route path="/evaluations/review" element={<ReviewListPage />} />
                <Route path="/evaluations/dashboard" element={<DashboardPage />} />
                <Route path="/evaluations/units/:unitId/:year" element={<SheetPage />} />
                <Route path="/criteria-sets" element={<CriteriaSetsPage />} />
                <Route path="/criteria-sets/:id" element={<CriteriaSetEditPage />} />
                <Route path="/remediation-plans" element={<RemediationPlansPage />} />
                <Route path="/reports" element={<ReportInboxPage />} />
                <Route path="/reports/stats" element={<ReportStatsPage />} />
                <Route path="/reports/:id" element={<ReportDetailPage />} />
                <Route path="/mediation" element={<MediationPage />} />
                <Route path="/exemplars/*" element={<ExemplarRoutes />} />
                <Route path="/initiatives/*" element={<InitiativeRoutes />} />
                <Route path="/security-teams/*" element={<SecurityTeamRoutes />} />
                <Route path="/campaigns/*" element={<CampaignRoutes />} />
                <Route path="/statistics/*" element={<StatisticsRoutes />} />
                <Route path="/coordination-programs/*" element={<CoordinationProgramRoutes />} />
                <Route path="/steering-committees/*" element={<SteeringCommitteeRoutes />} />
                <Route path="/awards/*" element={<AwardRoutes />} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </AntApp>
  );
}

function NotFound() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('error.pageNotFound')}
      extra={<Button onClick={() => navigate('/units')}>{t('unit.forbiddenBack')}</Button>}
    />
  );
}
