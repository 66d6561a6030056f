/** One message in both languages; `{name}` placeholders are filled from params. */
export type Entry = { vi: string; en: string };
