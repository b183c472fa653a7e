import type { CalendarYear } from '../calendar-year.js';

/**
 * 2019, as amended for 劳动节: the annual notice gave 5月1日 only; 国办发明电〔2019〕3号 made it
 * 5月1日至4日 with Sundays 4月28日 and 5月5日 worked.
 * @see 国办发明电〔2018〕15号
 * @see 国办发明电〔2019〕3号
 */
export const YEAR_2019: CalendarYear = {
  year: 2019,
  notices: [
    {
      number: '国办发明电〔2018〕15号',
      numberConfirmed: true,
      title: '国务院办公厅关于2019年部分节假日安排的通知',
      issued: '2018-12-04',
      url: 'http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm',
    },
    {
      number: '国办发明电〔2019〕3号',
      numberConfirmed: true,
      title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
      issued: '2019-03-22',
      url: 'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm',
      note: '劳动节由5月1日放假1天调整为5月1日至4日放假调休，4月28日、5月5日（星期日）上班。',
    },
  ],
  holidays: [
    { name: '元旦', from: '2018-12-30', to: '2019-01-01' },
    { name: '春节', from: '2019-02-04', to: '2019-02-10' },
    { name: '清明节', from: '2019-04-05', to: '2019-04-05' },
    { name: '劳动节', from: '2019-05-01', to: '2019-05-04' },
    { name: '端午节', from: '2019-06-07', to: '2019-06-07' },
    { name: '中秋节', from: '2019-09-13', to: '2019-09-13' },
    { name: '国庆节', from: '2019-10-01', to: '2019-10-07' },
  ],
  makeUpWorkdays: [
    { date: '2018-12-29', name: '元旦' },
    { date: '2019-02-02', name: '春节' },
    { date: '2019-02-03', name: '春节' },
    { date: '2019-04-28', name: '劳动节' },
    { date: '2019-05-05', name: '劳动节' },
    { date: '2019-09-29', name: '国庆节' },
    { date: '2019-10-12', name: '国庆节' },
  ],
};
