import type { Entry } from './entry.ts';

/** Messages of the initiative registry, Vietnamese first. */
export const initiativeMessages = {
  'initiative.nameRequired': { vi: 'Nhập tên mô hình.', en: 'Enter the name of the initiative.' },
  'initiative.typeRequired': { vi: 'Chọn loại mô hình.', en: 'Choose the type of initiative.' },
  'initiative.typeUnknown': { vi: 'Loại mô hình không có trong danh mục.', en: 'This type is not in the list.' },
  'initiative.typeRetired': {
    vi: 'Loại mô hình này đã ngừng sử dụng; chọn loại khác.',
    en: 'This type is no longer used; choose another.',
  },
  'initiative.startInFuture': { vi: 'Ngày ra mắt {date} chưa đến.', en: 'The start date {date} is in the future.' },
  'initiative.cameraCountRequired': {
    vi: 'Mô hình camera an ninh phải có số camera (ít nhất 1).',
    en: 'A security-camera initiative needs the number of cameras (at least 1).',
  },
  'initiative.cameraLocationsRequired': {
    vi: 'Mô hình camera an ninh phải ghi vị trí lắp camera.',
    en: 'A security-camera initiative needs the camera locations.',
  },
  'initiative.stage.backward': {
    vi: 'Không thể lùi giai đoạn của mô hình.',
    en: 'An initiative cannot go back to an earlier stage.',
  },
  'initiative.stage.useClose': {
    vi: 'Để dừng mô hình, dùng chức năng "Dừng" và ghi lý do.',
    en: 'To stop an initiative, close it with a reason.',
  },
  'initiative.stage.stopped': {
    vi: 'Mô hình đã dừng; mở lại trước khi đổi giai đoạn.',
    en: 'The initiative is stopped; reopen it before changing its stage.',
  },
  'initiative.startAfterPoint': {
    vi: 'Ngày ra mắt {date} sau ngày nhân rộng đầu tiên.',
    en: 'The start date {date} is after the first replication.',
  },
  'initiative.unitIsPoint': {
    vi: '"{unit}" đã là một điểm nhân rộng của mô hình này.',
    en: '"{unit}" is already a replication point of this initiative.',
  },
  'initiative.sameAsOriginal': {
    vi: 'Mô hình được xây dựng tại "{unit}"; chọn đơn vị khác để nhân rộng.',
    en: 'The initiative was built in "{unit}"; choose another unit to replicate to.',
  },
  'initiative.alreadyReplicated': {
    vi: 'Mô hình đã được nhân rộng tại "{unit}".',
    en: 'The initiative is already replicated in "{unit}".',
  },
  'initiative.unknownSource': {
    vi: 'Điểm nhân rộng nguồn không thuộc mô hình này.',
    en: 'The source point does not belong to this initiative.',
  },
  'initiative.pointBeforeStart': {
    vi: 'Ngày nhân rộng trước ngày ra mắt mô hình ({date}).',
    en: 'The replication date is before the initiative started ({date}).',
  },
  'initiative.pointBeforeSource': {
    vi: 'Ngày nhân rộng trước ngày của điểm nguồn ({date}).',
    en: 'The replication date is before the source point’s ({date}).',
  },
  'initiative.pointAfterTaken': {
    vi: 'Đã có điểm nhân rộng từ điểm này ngày {date}; ngày của điểm không thể sau ngày đó.',
    en: 'A point was taken from this one on {date}; its date cannot be later.',
  },
  'initiative.pointHasChildren': {
    vi: 'Có điểm khác được nhân rộng từ điểm này; xóa các điểm đó trước.',
    en: 'Other points were taken from this one; remove them first.',
  },
  'initiative.recognitionTitleRequired': {
    vi: 'Nhập danh hiệu, hình thức công nhận.',
    en: 'Enter the title of the recognition.',
  },
  'initiative.issuerRequired': { vi: 'Nhập cơ quan công nhận.', en: 'Enter who issued it.' },
  'initiative.recognizedBeforeStart': {
    vi: 'Ngày công nhận trước ngày ra mắt mô hình ({date}).',
    en: 'The recognition date is before the initiative started ({date}).',
  },
  'initiative.documentMissing': { vi: 'Chọn tệp để tải lên.', en: 'Choose a file to upload.' },
  'initiative.documentEmpty': { vi: 'Tệp "{name}" rỗng.', en: 'The file "{name}" is empty.' },
  'initiative.documentTooLarge': {
    vi: 'Tệp "{name}" lớn hơn {limit}.',
    en: 'The file "{name}" is larger than {limit}.',
  },
  'initiative.documentType': {
    vi: 'Tệp "{name}" không phải PDF, DOCX, XLSX, JPEG hoặc PNG.',
    en: 'The file "{name}" is not a PDF, DOCX, XLSX, JPEG or PNG.',
  },
  'initiative.typeNameRequired': { vi: 'Nhập tên loại mô hình.', en: 'Enter the name of the type.' },
  'initiative.typeCodeFormat': {
    vi: 'Mã loại gồm chữ cái không dấu, chữ số, dấu gạch ngang (2–40 ký tự), bắt đầu bằng chữ cái.',
    en: 'The code is 2–40 letters, digits or dashes, starting with a letter.',
  },
  'initiative.typeCodeTaken': { vi: 'Mã loại "{code}" đã có.', en: 'The code "{code}" is taken.' },
} satisfies Record<string, Entry>;
