// dayjs (a CommonJS package imported from an ES module) with its UTC,
// duration, relativeTime, customParseFormat and advancedFormat plugins;
// named imports from CommonJS packages (semver, lodash).
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import duration from 'dayjs/plugin/duration.js';
import relativeTime from 'dayjs/plugin/relativeTime.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import advancedFormat from 'dayjs/plugin/advancedFormat.js';
import isBetween from 'dayjs/plugin/isBetween.js';
import { valid, satisfies, inc } from 'semver';
import _ from 'lodash';
const { chunk, sortBy } = _;
import ms from 'ms';

dayjs.extend(utc); dayjs.extend(duration); dayjs.extend(relativeTime);
dayjs.extend(customParseFormat); dayjs.extend(advancedFormat); dayjs.extend(isBetween);

const d = dayjs.utc('2023-03-05T14:07:09.123Z');
console.log(d.format(), d.toISOString(), d.valueOf(), d.unix());
console.log(d.format('YYYY YY M MM MMM MMMM D DD d dd ddd dddd H HH h hh m mm s ss SSS A a Z ZZ'));
console.log(d.format('Q Do k kk X x [literal]'), d.year(), d.month(), d.date(), d.day(), d.hour(), d.minute(), d.second(), d.millisecond());
console.log(d.add(1, 'month').format(), d.add(40, 'day').format('YYYY-MM-DD'), d.subtract(3, 'year').format('YYYY-MM-DD'), d.add(90, 'minute').format('HH:mm'));
console.log(d.startOf('month').format(), d.endOf('year').toISOString(), d.startOf('week').format('YYYY-MM-DD ddd'), d.startOf('hour').format());
console.log(d.set('month', 11).set('date', 31).format('YYYY-MM-DD'), d.daysInMonth(), dayjs.utc('2024-02-10').daysInMonth());
const e = dayjs.utc('2024-01-31T00:00:00Z');
console.log(e.add(1, 'month').format('YYYY-MM-DD'), e.diff(d, 'day'), e.diff(d, 'month', true).toFixed(4), d.diff(e, 'hour'), e.diff(d));
console.log(d.isBefore(e), d.isAfter(e), d.isSame('2023-03-05T00:00:00Z', 'day'), d.isBetween('2023-01-01', '2023-12-31', 'day'));
console.log(dayjs.utc('2023-13-45').isValid(), dayjs.utc('not a date').isValid(), dayjs.utc('2023-02-28').isValid());
console.log(dayjs.utc('05/03/2023 14:07', 'DD/MM/YYYY HH:mm').format(), dayjs('2023-02-30', 'YYYY-MM-DD', true).isValid());
console.log(d.from(e), e.from(d), d.from(d.add(45, 'second')), d.to(d.add(2, 'year')), d.from(d.subtract(25, 'day'), true));
const dur = dayjs.duration({ hours: 26, minutes: 61, seconds: 5 });
console.log(dur.asMinutes(), dur.hours(), dur.days(), dur.minutes(), dur.toISOString(), dur.humanize(), dayjs.duration(-3, 'days').humanize(true));
console.log(dayjs.duration(90061001).format('D[d] HH:mm:ss.SSS'), dayjs.duration('P1Y2M3DT4H5M6S').asDays().toFixed(3), dayjs.duration(1500).asSeconds());
console.log(dayjs.isDayjs(d), dayjs.isDayjs(new Date()), dayjs.utc(0).format(), d.toDate() instanceof Date, JSON.stringify({ d }));
console.log(dayjs.unix(86400 * 365).utc().format('YYYY-MM-DD'), d.utcOffset(), d.utcOffset(120).format(), d.local().isValid());
console.log(dayjs.utc([2020, 1, 29, 12]).format?.() ?? 'array parse', dayjs.utc(Date.UTC(1999, 11, 31, 23, 59, 59)).add(1, 's').format());
console.log(valid('1.2.3'), satisfies('1.5.0', '^1.2'), inc('1.9.9', 'minor'), chunk([1, 2, 3], 2), sortBy([3, 1, 2]), ms('1h'));
