import { customType } from 'drizzle-orm/pg-core';

/** Binary content (evidence, attachments, encrypted identities) as a Buffer on both drivers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});
