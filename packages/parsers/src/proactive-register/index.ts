/**
 * The proactive-disclosure register (主动公开) as clerks keep it in spreadsheets: CSV or XLSX
 * with Chinese headers, read into valid rows and rejected rows with line numbers.
 */
export {
  PROACTIVE_CHANNELS,
  PROACTIVE_CHANNEL_LABELS,
  proactiveChannel,
  type ProactiveChannel,
} from './channels.js';
export {
  parseProactiveRegister,
  MAX_REGISTER_ROWS,
  type ProactiveRegister,
  type ProactiveRow,
  type RejectedRow,
  type RegisterOptions,
} from './parse-register.js';
