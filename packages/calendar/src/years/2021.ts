import type { CalendarYear } from '../calendar-year.js';

/**
 * 2021.
 * @see 国办发明电〔2020〕27号
 */
export const YEAR_2021: CalendarYear = {
  year: 2021,
  notices: [
    {
      number: '国办发明电〔2020〕27号',
      numberConfirmed: true,
      title: '国务院办公厅关于2021年部分节假日安排的通知',
      issued: '2020-11-25',
      url: 'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
    },
  ],
  holidays: [
    { name: '元旦', from: '2021-01-01', to: '2021-01-03' },
    { name: '春节', from: '2021-02-11', to: '2021-02-17' },
    { name: '清明节', from: '2021-04-03', to: '2021-04-05' },
    { name: '劳动节', from: '2021-05-01', to: '2021-05-05' },
    { name: '端午节', from: '2021-06-12', to: '2021-06-14' },
    { name: '中秋节', from: '2021-09-19', to: '2021-09-21' },
    { name: '国庆节', from: '2021-10-01', to: '2021-10-07' },
  ],
  makeUpWorkdays: [
    { date: '2021-02-07', name: '春节' },
    { date: '2021-02-20', name: '春节' },
    { date: '2021-04-25', name: '劳动节' },
    { date: '2021-05-08', name: '劳动节' },
    { date: '2021-09-18', name: '中秋节' },
    { date: '2021-09-26', name: '国庆节' },
    { date: '2021-10-09', name: '国庆节' },
  ],
};
