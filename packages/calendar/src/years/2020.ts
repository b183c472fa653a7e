import type { CalendarYear } from '../calendar-year.js';

/**
 * 2020, as amended for 春节: 国办发明电〔2020〕1号 extended the break to 2月2日 (Sunday), so
 * Saturday 2月1日, a make-up working day in the annual notice, became a day off.
 * @see 国办发明电〔2019〕16号
 * @see 国办发明电〔2020〕1号
 */
export const YEAR_2020: CalendarYear = {
  year: 2020,
  notices: [
    {
      number: '国办发明电〔2019〕16号',
      numberConfirmed: true,
      title: '国务院办公厅关于2020年部分节假日安排的通知',
      issued: '2019-11-21',
      url: 'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
    },
    {
      number: '国办发明电〔2020〕1号',
      numberConfirmed: true,
      title: '国务院办公厅关于延长2020年春节假期的通知',
      issued: '2020-01-26',
      url: 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
      note: '春节假期延长至2月2日，2月3日起正常上班；原定2月1日（星期六）调休上班随之取消。部分省份另行延长的假期属地方安排，不在此列。',
    },
  ],
  holidays: [
    { name: '元旦', from: '2020-01-01', to: '2020-01-01' },
    { name: '春节', from: '2020-01-24', to: '2020-02-02' },
    { name: '清明节', from: '2020-04-04', to: '2020-04-06' },
    { name: '劳动节', from: '2020-05-01', to: '2020-05-05' },
    { name: '端午节', from: '2020-06-25', to: '2020-06-27' },
    { name: '国庆节、中秋节', from: '2020-10-01', to: '2020-10-08' },
  ],
  makeUpWorkdays: [
    { date: '2020-01-19', name: '春节' },
    { date: '2020-04-26', name: '劳动节' },
    { date: '2020-05-09', name: '劳动节' },
    { date: '2020-06-28', name: '端午节' },
    { date: '2020-09-27', name: '国庆节、中秋节' },
    { date: '2020-10-10', name: '国庆节、中秋节' },
  ],
};
