import type { CalendarYear } from '../calendar-year.js';

/**
 * 2026. The notice is dated 2025-11-04; its 文号 国办发明电〔2025〕7号 was seen only in an
 * unofficial reprint, so it is marked unconfirmed.
 * @see 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
 */
export const YEAR_2026: CalendarYear = {
  year: 2026,
  notices: [
    {
      number: '国办发明电〔2025〕7号',
      numberConfirmed: false,
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      issued: '2025-11-04',
      url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
      note: '文号仅见于非官方转载，尚待与中国政府网原文核对；日期安排已与多家媒体全文转载核对。',
    },
  ],
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  makeUpWorkdays: [
    { date: '2026-01-04', name: '元旦' },
    { date: '2026-02-14', name: '春节' },
    { date: '2026-02-28', name: '春节' },
    { date: '2026-05-09', name: '劳动节' },
    { date: '2026-09-20', name: '国庆节' },
    { date: '2026-10-10', name: '国庆节' },
  ],
};
