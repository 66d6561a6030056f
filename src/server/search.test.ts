import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../db/client.ts';
import { foldText } from '../domain/text.ts';
import { describeOnEachDb } from './test/harness.ts';

const samples = [
  'Tỉnh Hà Tĩnh',
  'ĐƯỜNG TRẦN PHÚ',
  'Mua bán ma túy ở quán nước đầu ngõ',
  'Tổ hòa giải thôn Đông Sơn',
  'Xã Thạch Hà, phường Thành Sen',
  'Ở ỏ ọ õ ó ò ơ ớ ờ ở ỡ ợ ư ứ ừ ử ữ ự ỳ ý ỵ ỷ ỹ',
];

describeOnEachDb('diacritic-insensitive search in SQL', (env) => {
  it('folds in SQL exactly as the app folds in JS', async () => {
    for (const text of samples) {
      const [row] = await queryRows<{ f: string }>(env().database.db, sql`select td_fold(${text}) as f`);
      // foldText also collapses spaces; the samples have single spaces
      expect(row!.f, text).toBe(foldText(text));
    }
  });
});
