import type { CalendarYear } from '../calendar-year.js';

/**
 * 2025, the first year under the 2024 revision of the holiday rules (春节 and 劳动节 one day
 * longer each).
 * @see 国办发明电〔2024〕12号
 */
export const YEAR_2025: CalendarYear = {
  year: 2025,
  notices: [
    {
      number: '国办发明电〔2024〕12号',
      numberConfirmed: true,
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      issued: '2024-11-12',
      url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    },
  ],
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
  ],
  makeUpWorkdays: [
    { date: '2025-01-26', name: '春节' },
    { date: '2025-02-08', name: '春节' },
    { date: '2025-04-27', name: '劳动节' },
    { date: '2025-09-28', name: '国庆节、中秋节' },
    { date: '2025-10-11', name: '国庆节、中秋节' },
  ],
};
