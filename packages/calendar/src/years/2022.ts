import type { CalendarYear } from '../calendar-year.js';

/**
 * 2022. The 文号 is 国办发明电〔2021〕11号 (北京市人民政府 copy with its 发文字号 field, and other
 * reprints); 〔2021〕14号, given in an early brief, is not this notice.
 * @see 国办发明电〔2021〕11号
 */
export const YEAR_2022: CalendarYear = {
  year: 2022,
  notices: [
    {
      number: '国办发明电〔2021〕11号',
      numberConfirmed: true,
      title: '国务院办公厅关于2022年部分节假日安排的通知',
      issued: '2021-10-25',
      url: 'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
    },
  ],
  holidays: [
    { name: '元旦', from: '2022-01-01', to: '2022-01-03' },
    { name: '春节', from: '2022-01-31', to: '2022-02-06' },
    { name: '清明节', from: '2022-04-03', to: '2022-04-05' },
    { name: '劳动节', from: '2022-04-30', to: '2022-05-04' },
    { name: '端午节', from: '2022-06-03', to: '2022-06-05' },
    { name: '中秋节', from: '2022-09-10', to: '2022-09-12' },
    { name: '国庆节', from: '2022-10-01', to: '2022-10-07' },
  ],
  makeUpWorkdays: [
    { date: '2022-01-29', name: '春节' },
    { date: '2022-01-30', name: '春节' },
    { date: '2022-04-02', name: '清明节' },
    { date: '2022-04-24', name: '劳动节' },
    { date: '2022-05-07', name: '劳动节' },
    { date: '2022-10-08', name: '国庆节' },
    { date: '2022-10-09', name: '国庆节' },
  ],
};
