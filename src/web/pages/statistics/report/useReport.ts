import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ReportPreview, ReportRequest } from '../../../../common/statistics/report-schemas.ts';
import { ApiError, api, type Problem } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { translate } from '../../../i18n/messages.ts';
import { useCurrentUser } from '../../auth/useAuth.ts';

const BASE = '/api/statistics/reports';

/** The report's sections with their default texts, for the editor. */
export function usePreviewReport() {
  return useMutation({ mutationFn: (body: ReportRequest) => api.post<ReportPreview>(`${BASE}/preview`, body) });
}

/** The file name the server chose (RFC 5987 form first, then the ASCII fallback). */
function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const utf = /filename\*=UTF-8''([^;]+)/.exec(cd);
  if (utf?.[1]) return decodeURIComponent(utf[1]);
  return /filename="([^"]+)"/.exec(cd)?.[1] ?? fallback;
}

/**
 * POSTs a report request and returns the raw response: the DOCX, the XLSX and
 * the print HTML are not JSON, so the typed client cannot read them. Same
 * headers as the client (language, CSRF token); a failure becomes an ApiError.
 */
export function useReportFile() {
  const me = useCurrentUser();
  const { lang } = useI18n();
  return useCallback(
    async (kind: 'docx' | 'xlsx' | 'html', body: ReportRequest) => {
      let res: Response;
      try {
        res = await fetch(`${BASE}/${kind}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'Accept-Language': lang, 'x-csrf-token': me.csrfToken },
          body: JSON.stringify(body),
        });
      } catch {
        throw new ApiError({ type: 'about:blank', title: translate(lang, 'error.network'), status: 0 });
      }
      if (!res.ok) {
        const problem = (await res.json().catch(() => ({}))) as Partial<Problem>;
        throw new ApiError({
          type: 'about:blank',
          title: translate(lang, 'error.unknown'),
          ...problem,
          status: res.status,
        });
      }
      return { blob: await res.blob(), name: fileNameOf(res, `bao-cao.${kind}`) };
    },
    [lang, me.csrfToken],
  );
}

/** Saves a blob under a name, as a download link would. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
