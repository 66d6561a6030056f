import JSZip from 'jszip';

/** Every text run of a DOCX body joined, so assertions read like the page. */
export async function docxText(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => (m[1] ?? '').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&'))
    .join('');
}
