import { randomBytes } from 'node:crypto';
import type { App } from '../../app.ts';
import { solveChallenge } from './pow.ts';

/** Tests and the bench keep the proof of work cheap. */
export const TEST_POW_DIFFICULTY = '4';

let ip = 0;
/** A fresh client address per call, so per-IP limits only trip where a test wants them to. */
export const freshIp = () => {
  ip++;
  return `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`;
};

export async function solvedPow(app: App) {
  const res = await app.inject({ method: 'GET', url: '/api/public/challenge', remoteAddress: freshIp() });
  const { token, difficulty } = res.json() as { token: string; difficulty: number };
  return { token, nonce: solveChallenge(token, difficulty) };
}

export type Part = { name: string; value: string } | { name: string; fileName: string; type: string; data: Buffer };

/** A multipart/form-data body as a browser sends it. */
export function multipart(parts: Part[]) {
  const boundary = `----toandan${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head =
      'fileName' in p
        ? `content-disposition: form-data; name="${p.name}"; filename="${p.fileName}"\r\ncontent-type: ${p.type}\r\n\r\n`
        : `content-disposition: form-data; name="${p.name}"\r\n\r\n`;
    chunks.push(
      Buffer.from(`--${boundary}\r\n${head}`),
      'fileName' in p ? p.data : Buffer.from(p.value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Smallest valid files by their first bytes. */
export const samples = {
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  text: Buffer.from('Đây là một tệp văn bản đổi tên thành .jpg, không phải ảnh.\n'),
};
