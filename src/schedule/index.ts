export { ScheduleSyntaxError } from './errors.ts';
export { parseSchedule, type Schedule, type CronSchedule, type RateSchedule, type AtSchedule } from './expression.ts';
export { nextRuns, cronCanRun, dstSkips, type DstSkip, type NextRuns } from './next.ts';
export { describeSchedule } from './describe.ts';
export {
  isValidTimeZone,
  timeZoneNames,
  zoneForAbbreviation,
  zoneForLegacyName,
  formatInZone,
  instantsOf,
  wallTimeAt,
} from './timezone.ts';
export { cronFieldsToString, type CronFields } from './cron.ts';
export { rateOnTheClock, shortestIntervalSeconds } from './interval.ts';
