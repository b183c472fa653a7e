import type { CalendarYear } from '../calendar-year.js';

/**
 * 2024. The notice only encourages, and does not give, a day off on 除夕 (2月9日), so that day
 * is a working day.
 * @see 国办发明电〔2023〕7号
 */
export const YEAR_2024: CalendarYear = {
  year: 2024,
  notices: [
    {
      number: '国办发明电〔2023〕7号',
      numberConfirmed: true,
      title: '国务院办公厅关于2024年部分节假日安排的通知',
      issued: '2023-10-25',
      url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
    },
  ],
  holidays: [
    { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
    { name: '春节', from: '2024-02-10', to: '2024-02-17' },
    { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
    { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
    { name: '端午节', from: '2024-06-10', to: '2024-06-10' },
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
  ],
  makeUpWorkdays: [
    { date: '2024-02-04', name: '春节' },
    { date: '2024-02-18', name: '春节' },
    { date: '2024-04-07', name: '清明节' },
    { date: '2024-04-28', name: '劳动节' },
    { date: '2024-05-11', name: '劳动节' },
    { date: '2024-09-14', name: '中秋节' },
    { date: '2024-09-29', name: '国庆节' },
    { date: '2024-10-12', name: '国庆节' },
  ],
};
