import type { ReportPreview } from '../../../../common/statistics/report-schemas.ts';
import { linesOf } from '../../../../domain/statistics/report.ts';

/**
 * The report as one printable HTML page with the same text and layout as the
 * DOCX: A4 with the Decree 30 margins, Times New Roman, the two-column header
 * block, justified body, signature and "Nơi nhận". Self-contained (no
 * scripts, no external files), so the web shows it in a sandboxed frame and
 * the browser prints it as it is.
 */

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const CSS = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
html { background: #eee; }
body { margin: 0; font-family: "Times New Roman", Times, serif; color: #000; font-size: 14pt; }
.page { width: 210mm; min-height: 297mm; margin: 12px auto; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 0 6px rgba(0,0,0,.25); }
@media print { html { background: none; } .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } }
table.block { width: 100%; border-collapse: collapse; }
table.block td { vertical-align: top; text-align: center; padding: 0; }
.c { text-align: center; margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
.s13 { font-size: 13pt; } .s12 { font-size: 12pt; } .s11 { font-size: 11pt; }
.rule { border: 0; border-top: 1px solid #000; margin: 5px auto 0; }
.title { margin-top: 24pt; }
.body p { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt; line-height: 1.15; }
.body p.h { font-weight: bold; margin-top: 6pt; }
.sign { margin-top: 12pt; page-break-inside: avoid; }
.sign td:first-child { text-align: left; }
.recipients p { margin: 0; }
.gap { height: 80pt; }
`;

function header(r: ReportPreview): string {
  const h = r.header;
  return `<table class="block"><tr>
<td style="width:40%">
${h.superior ? `<p class="c s13">${esc(h.superior.toLocaleUpperCase('vi'))}</p>` : ''}
<p class="c s13 b">${esc(h.issuer.toLocaleUpperCase('vi'))}</p><hr class="rule" style="width:35%">
<p class="c s13" style="margin-top:10pt">${esc(h.numberLine)}</p>
</td>
<td style="width:60%">
<p class="c s12 b">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p class="c s13 b">Độc lập - Tự do - Hạnh phúc</p><hr class="rule" style="width:52%">
<p class="c i" style="margin-top:10pt">${esc(h.placeDate)}</p>
</td></tr></table>`;
}

function body(r: ReportPreview): string {
  const paras = (ps: ReportPreview['sections'][number]['paragraphs']) =>
    ps
      .flatMap(linesOf)
      .map((l) => `<p>${esc(l)}</p>`)
      .join('\n');
  return r.sections
    .map((s) =>
      [
        s.heading ? `<p class="h">${esc(s.heading)}</p>` : '',
        paras(s.paragraphs),
        ...s.subsections.map((b) => `<p class="h">${esc(b.heading)}</p>\n${paras(b.paragraphs)}`),
      ].join('\n'),
    )
    .join('\n');
}

function signature(r: ReportPreview): string {
  const s = r.header.signer;
  const recipients = r.header.recipients.map((x) => `<p class="s11">- ${esc(x)}</p>`).join('');
  return `<table class="block sign"><tr>
<td style="width:45%" class="recipients"><p class="s12 b i">Nơi nhận:</p>${recipients}</td>
<td style="width:55%">
${s.authority ? `<p class="c b">${esc(s.authority.toLocaleUpperCase('vi'))}</p>` : ''}
<p class="c b">${esc(s.title.toLocaleUpperCase('vi'))}</p>
<div class="gap"></div>
${s.name ? `<p class="c b">${esc(s.name)}</p>` : ''}
</td></tr></table>`;
}

export function renderReportHtml(r: ReportPreview): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>${esc(`${r.title} ${r.summary}`)}</title>
<style>${CSS}</style></head>
<body><div class="page">
${header(r)}
<div class="title"><p class="c b">${esc(r.title)}</p><p class="c b">${esc(r.summary)}</p><hr class="rule" style="width:25%"></div>
<div class="body" style="margin-top:12pt">
${body(r)}
</div>
${signature(r)}
</div></body></html>`;
}
