export const id = 5;
export const ids = [5];
export const modules = {

/***/ 6005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VH: () => (/* reexport */ ScheduleSyntaxError),
  EM: () => (/* reexport */ cronCanRun),
  Bg: () => (/* reexport */ describeSchedule),
  Q5: () => (/* reexport */ dstSkips),
  FL: () => (/* reexport */ timezone/* formatInZone */.FL),
  Aq: () => (/* reexport */ timezone/* isValidTimeZone */.Aq),
  Oz: () => (/* reexport */ nextRuns),
  nP: () => (/* reexport */ parseSchedule),
  Ji: () => (/* reexport */ rateOnTheClock),
  jy: () => (/* reexport */ shortestIntervalSeconds),
  Gx: () => (/* reexport */ timezone/* timeZoneNames */.Gx),
  QO: () => (/* reexport */ timezone/* zoneForAbbreviation */.QO),
  iL: () => (/* reexport */ timezone/* zoneForLegacyName */.iL)
});

// UNUSED EXPORTS: cronFieldsToString, instantsOf, wallTimeAt

;// CONCATENATED MODULE: ./schedule/errors.ts
/**
 * A schedule expression AWS would refuse (or that would not mean what it says).
 * `offset`/`length` locate the offending part inside the expression text, so the manifest
 * loader can point the error at the exact column of the YAML scalar.
 */
class ScheduleSyntaxError extends Error {
    offset;
    length;
    constructor(message, offset = 0, length = 0) {
        super(message);
        this.name = 'ScheduleSyntaxError';
        this.offset = offset;
        this.length = length;
    }
}

// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
;// CONCATENATED MODULE: ./schedule/cron.ts


/** The six fields of an AWS cron expression, in order. */
const CRON_FIELD_NAMES = (/* unused pure expression or super */ null && (['minutes', 'hours', 'day-of-month', 'month', 'day-of-week', 'year']));
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** AWS numbers days of the week 1-7 starting at Sunday. */
const AWS_DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
/** AWS's table of fields and the wildcards each one accepts. */
const FIELD_RULES = [
    { name: 'minutes', min: 0, max: 59, wildcards: ', - * /' },
    { name: 'hours', min: 0, max: 23, wildcards: ', - * /' },
    { name: 'day-of-month', min: 1, max: 31, wildcards: ', - * ? / L W' },
    { name: 'month', min: 1, max: 12, names: MONTH_NAMES, wildcards: ', - * /' },
    { name: 'day-of-week', min: 1, max: 7, names: AWS_DAY_NAMES, wildcards: ', - * ? L #' },
    { name: 'year', min: limits/* CRON_YEAR */.Nr.min, max: limits/* CRON_YEAR */.Nr.max, wildcards: ', - * /' },
].map((rule) => ({ ...rule, allowed: new Set(rule.wildcards.split(' ')) }));
function cronFieldsToString(f) {
    return `${f.minutes} ${f.hours} ${f.dayOfMonth} ${f.month} ${f.dayOfWeek} ${f.year}`;
}
/**
 * Validates the body of `cron(...)` against AWS's rules. `baseOffset` is where the body starts in
 * the text the user wrote, so errors point at the right column.
 */
function parseAwsCronBody(body, baseOffset) {
    const tokens = [...body.matchAll(/\S+/g)].map((m) => ({ text: m[0], offset: baseOffset + m.index }));
    if (tokens.length !== 6) {
        throw new ScheduleSyntaxError(fieldCountMessage(tokens.length), baseOffset, body.length);
    }
    const values = tokens.map((token, i) => {
        const rule = FIELD_RULES[i];
        return validateField(rule, token.text.toUpperCase(), token.offset);
    });
    const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = values;
    const domAny = dayOfMonth === '?';
    const dowAny = dayOfWeek === '?';
    if (domAny === dowAny) {
        const where = tokens[2];
        const what = domAny
            ? "both day-of-month and day-of-week are '?'; one of them must name the days"
            : "day-of-month and day-of-week are both set; AWS cannot combine them, so one must be '?'";
        // The fix, when it is plain: the field that says "every day" becomes '?' (or, both '?', day-of-month '*').
        const fields = tokens.map((t) => t.text);
        if (domAny)
            fields[2] = '*';
        else if (dayOfWeek === '*')
            fields[4] = '?';
        else if (dayOfMonth === '*')
            fields[2] = '?';
        const fixed = fields.join(' ') !== tokens.map((t) => t.text).join(' ') ? `cron(${fields.join(' ')})` : undefined;
        throw new ScheduleSyntaxError(fixed
            ? `${what}: did you mean ${fixed}?`
            : `${what} (e.g. cron(0 9 * * ? *) runs daily, cron(0 9 ? * MON *) every Monday)`, where.offset, tokens[4].offset + tokens[4].text.length - where.offset);
    }
    return { minutes, hours, dayOfMonth, month, dayOfWeek, year };
}
function fieldCountMessage(count) {
    const shape = 'minutes hours day-of-month month day-of-week year';
    if (count === 5) {
        return (`AWS cron takes 6 fields (${shape}); found 5. AWS cron has a year field: add ' *' at the ` +
            `end, and use '?' in day-of-month or day-of-week`);
    }
    if (count === 7) {
        return `AWS cron takes 6 fields (${shape}); found 7. AWS cron has no seconds field: drop the first one`;
    }
    return `AWS cron takes 6 fields (${shape}); found ${count}`;
}
function validateField(rule, text, offset) {
    const fail = (message, at = 0, length = text.length - at) => {
        throw new ScheduleSyntaxError(`${rule.name} '${text}': ${message}`, offset + at, length);
    };
    const allowed = rule.allowed;
    // Most fields are one number or '*'.
    if (text === '*')
        return text;
    if (/^\d+$/.test(text)) {
        checkValue(rule, text, 0, fail);
        return text;
    }
    if (text === '?') {
        if (!allowed.has('?'))
            fail(`'?' is only allowed in day-of-month and day-of-week`);
        return text;
    }
    if (text === 'L') {
        if (!allowed.has('L'))
            fail(`'L' is only allowed in day-of-month and day-of-week`);
        return text;
    }
    const parts = text.split(',');
    if (parts.length > 1) {
        const hashes = parts.flatMap((p, i) => (p.includes('#') ? [i] : []));
        const at = hashes.length > 1 ? hashes[1] : parts.findIndex((p) => mustStandAlone(rule, p));
        if (at >= 0) {
            const bad = parts[at];
            const offsetOf = parts.slice(0, at).join(',').length + (at > 0 ? 1 : 0);
            if (bad.includes('#'))
                fail(`'#' can be used only once in day-of-week (AWS reads '3#1,6#3' as two expressions)`, offsetOf, bad.length);
            fail(`'${bad}' must stand alone in the field, not in a list`, offsetOf, bad.length);
        }
    }
    let at = 0;
    for (const part of parts) {
        validatePart(rule, part, (message, from = 0, length = part.length - from) => fail(message, at + from, length));
        at += part.length + 1;
    }
    return text;
}
/** Parts AWS accepts only as the whole field. */
function mustStandAlone(rule, part) {
    if (part === '*' || part === '?' || part === 'L' || part.includes('#'))
        return true;
    if (/^\d+W$/.test(part))
        return true;
    return rule.name === 'day-of-week' && /^(\d+|[A-Z]{3})L$/.test(part);
}
function validatePart(rule, part, fail) {
    if (part === '')
        fail('empty value (stray comma?)');
    const allowed = rule.allowed;
    if (part === '?')
        fail(`'?' must stand alone in the field`);
    // Day-of-month: nW = weekday nearest day n.
    const w = /^(\d+)W$/.exec(part);
    if (w) {
        if (!allowed.has('W'))
            fail(`'W' is only allowed in day-of-month`);
        checkValue(rule, w[1], 0, fail);
        return;
    }
    if (part.includes('W') && rule.name === 'day-of-month') {
        fail(`'W' must follow a single day number, e.g. 15W (the weekday nearest the 15th)`);
    }
    // Day-of-week: nL = last given weekday of the month; n#k = k-th given weekday.
    const lastWeekday = /^([A-Z]{3}|\d+)L$/.exec(part);
    if (lastWeekday && rule.name === 'day-of-week') {
        checkValue(rule, lastWeekday[1], 0, fail);
        return;
    }
    const nth = /^([A-Z]{3}|\d+)#(\d+)$/.exec(part);
    if (nth) {
        if (!allowed.has('#'))
            fail(`'#' is only allowed in day-of-week`);
        checkValue(rule, nth[1], 0, fail);
        const k = Number(nth[2]);
        if (k < 1 || k > 5)
            fail(`the week number after '#' must be 1-5`, part.indexOf('#') + 1);
        return;
    }
    const misplaced = part.includes('#') ? '#' : /^\d*([LW])$/.exec(part)?.[1];
    if (misplaced) {
        if (!allowed.has(misplaced)) {
            fail(`'${misplaced}' is not allowed in ${rule.name} (allowed: ${rule.wildcards})`, part.indexOf(misplaced), 1);
        }
        fail(`'${misplaced}' is not used that way here; AWS accepts ${examplesFor(rule)}`);
    }
    const slash = part.indexOf('/');
    let base = part;
    if (slash >= 0) {
        if (!allowed.has('/')) {
            fail(`'/' is not allowed in ${rule.name} (allowed: ${rule.wildcards}); list the values instead, e.g. 2,4,6`, slash, 1);
        }
        base = part.slice(0, slash);
        const step = part.slice(slash + 1);
        if (!/^\d+$/.test(step))
            fail(`the increment after '/' must be a number`, slash + 1);
        const span = rule.max - rule.min;
        const n = Number(step);
        if (n < 1 || n > span)
            fail(`increment ${step} is out of range 1-${span}`, slash + 1);
    }
    if (base === '*')
        return;
    const dash = base.indexOf('-');
    if (dash >= 0) {
        const from = checkValue(rule, base.slice(0, dash), 0, fail);
        const to = checkValue(rule, base.slice(dash + 1), dash + 1, fail);
        if (to < from) {
            fail(`range ${base} runs backwards; write it as two ranges (e.g. ${wrapExample(rule, from, to)})`, 0, base.length);
        }
        return;
    }
    checkValue(rule, base, 0, fail);
}
function wrapExample(rule, from, to) {
    const show = (n) => (rule.names ? rule.names[n - rule.min] : String(n));
    const first = from === rule.max ? show(from) : `${show(from)}-${show(rule.max)}`;
    const second = to === rule.min ? show(to) : `${show(rule.min)}-${show(to)}`;
    return `${first},${second}`;
}
function examplesFor(rule) {
    if (rule.name === 'day-of-month')
        return `L (last day), 15W (weekday nearest the 15th)`;
    return `L (Saturday), 6L (last Friday of the month), 2#1 (first Monday)`;
}
/** Checks one number or name and returns its numeric value. */
function checkValue(rule, value, at, fail) {
    if (value === '')
        fail('missing value', at, 1);
    if (rule.names && /^[A-Z]+$/.test(value)) {
        const index = rule.names.indexOf(value);
        if (index < 0) {
            fail(`unknown name '${value}'; use ${rule.names[0]}-${rule.names[rule.names.length - 1]}`, at, value.length);
        }
        return rule.min + index;
    }
    if (!/^\d+$/.test(value)) {
        const names = rule.names ? ` or names ${rule.names[0]}-${rule.names[rule.names.length - 1]}` : '';
        fail(`'${value}' is not a number${names}`, at, value.length);
    }
    const n = Number(value);
    if (rule.name === 'day-of-week' && n === 0) {
        fail(`0 is not valid in AWS cron: 1=SUN..7=SAT; did you mean 1 (SUN)?`, at, value.length);
    }
    if (n < rule.min || n > rule.max) {
        const hint = rule.name === 'day-of-week' ? ' (1=SUN..7=SAT)' : '';
        fail(`${value} is out of range ${rule.min}-${rule.max}${hint}`, at, value.length);
    }
    return n;
}

;// CONCATENATED MODULE: ./schedule/unix.ts


/** Unix presets and the 5-field expressions they stand for. */
const UNIX_PRESETS = {
    '@yearly': '0 0 1 1 *',
    '@annually': '0 0 1 1 *',
    '@monthly': '0 0 1 * *',
    '@weekly': '0 0 * * 0',
    '@daily': '0 0 * * *',
    '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *',
};
const UNIX_FIELDS = [
    { name: 'minute', min: 0, max: 59, stepStart: 0 },
    { name: 'hour', min: 0, max: 23, stepStart: 0 },
    { name: 'day-of-month', min: 1, max: 31, stepStart: 1 },
    { name: 'month', min: 1, max: 12, names: MONTH_NAMES, stepStart: 1 },
    // Unix day-of-week: 0-7, where both 0 and 7 are Sunday.
    { name: 'day-of-week', min: 0, max: 7, names: AWS_DAY_NAMES, stepStart: 0 },
];
/**
 * Converts a 5-field unix cron expression (`m h dom mon dow`) into the AWS fields that run at
 * exactly the same times, or explains why AWS cannot express it.
 */
function convertUnixCron(text, baseOffset) {
    const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0].toUpperCase(), offset: baseOffset + m.index }));
    if (tokens.length !== 5) {
        throw new ScheduleSyntaxError(`a unix cron expression has 5 fields (minute hour day-of-month month day-of-week); found ${tokens.length}. ` +
            `For AWS's 6-field form write cron(...), e.g. cron(0 9 * * ? *)`, baseOffset, text.length);
    }
    const values = tokens.map((t, i) => expandField(UNIX_FIELDS[i], t.text, t.offset));
    const [min, hour, dom, month, dow] = tokens.map((t) => t.text);
    const domRestricted = dom !== '*';
    const dowRestricted = dow !== '*';
    if (domRestricted && dowRestricted) {
        throw new ScheduleSyntaxError(`it restricts both day-of-month (${dom}) and day-of-week (${dow}); unix cron runs when EITHER matches, ` +
            `which AWS cannot express (one of the two must be '?'). Split it into two jobs, or keep one: ` +
            `cron(${awsSimple(min, 0)} ${awsSimple(hour, 0)} ${awsSimple(dom, 1)} ${awsSimple(month, 1)} ? *) or ` +
            `cron(${awsSimple(min, 0)} ${awsSimple(hour, 0)} ? ${awsSimple(month, 1)} ${awsDays(values[4])} *)`, tokens[2].offset, tokens[4].offset + tokens[4].text.length - tokens[2].offset);
    }
    return {
        minutes: awsSimple(min, 0),
        hours: awsSimple(hour, 0),
        dayOfMonth: dowRestricted ? '?' : awsSimple(dom, 1),
        month: awsSimple(month, 1),
        dayOfWeek: dowRestricted ? awsDays(values[4]) : '?',
        year: '*',
    };
}
/** Fields whose syntax means the same in AWS; only `*\/n` is rewritten to AWS's documented `start/n`. */
function awsSimple(field, stepStart) {
    return field
        .split(',')
        .map((part) => (part.startsWith('*/') ? `${stepStart}${part.slice(1)}` : part))
        .join(',');
}
/** Unix days (0-6, Sunday = 0) as AWS day names, consecutive runs folded into ranges. */
function awsDays(days) {
    const sorted = [...days].sort((a, b) => a - b);
    const runs = [];
    for (const d of sorted) {
        const last = runs[runs.length - 1];
        if (last && last[last.length - 1] === d - 1)
            last.push(d);
        else
            runs.push([d]);
    }
    return runs
        .map((run) => {
        const names = run.map((d) => AWS_DAY_NAMES[d]);
        return names.length >= 3 ? `${names[0]}-${names[names.length - 1]}` : names.join(',');
    })
        .join(',');
}
/** Validates a unix field and returns the values it selects (day-of-week 7 folded to 0). */
function expandField(field, text, offset) {
    const fail = (message) => {
        throw new ScheduleSyntaxError(`unix cron ${field.name} '${text}': ${message}`, offset, text.length);
    };
    const out = new Set();
    const top = field.name === 'day-of-week' ? 6 : field.max;
    for (const part of text.split(',')) {
        if (/[?#]/.test(part) || /^\d*L?[LW]$/.test(part)) {
            fail(`'?', 'L', 'W' and '#' are not unix cron; write the AWS form cron(...) to use them`);
        }
        const m = /^(\*|[A-Z0-9]+(?:-[A-Z0-9]+)?)(?:\/(\d+))?$/.exec(part);
        if (!m)
            fail(`'${part}' is not valid unix cron syntax`);
        const step = m[2] === undefined ? 1 : Number(m[2]);
        if (step < 1)
            fail('the increment after / must be at least 1');
        let from;
        let to;
        if (m[1] === '*') {
            from = field.min;
            to = top;
        }
        else {
            const [a, b] = m[1].split('-');
            from = value(field, a, fail);
            to = b === undefined ? (m[2] === undefined ? from : top) : value(field, b, fail);
            if (to < from)
                fail(`range ${m[1]} runs backwards`);
        }
        for (let v = from; v <= to; v += step)
            out.add(field.name === 'day-of-week' && v === 7 ? 0 : v);
    }
    return out;
}
function value(field, text, fail) {
    if (field.names && /^[A-Z]+$/.test(text)) {
        const i = field.names.indexOf(text);
        if (i < 0)
            fail(`unknown name '${text}'`);
        return field.name === 'day-of-week' ? i : field.min + i;
    }
    if (!/^\d+$/.test(text))
        fail(`'${text}' is not a number`);
    const n = Number(text);
    if (n < field.min || n > field.max)
        fail(`${n} is out of range ${field.min}-${field.max}`);
    return n;
}

;// CONCATENATED MODULE: ./schedule/expression.ts




const RATE_UNITS = {
    minute: { unit: 'minute', plural: false },
    minutes: { unit: 'minute', plural: true },
    hour: { unit: 'hour', plural: false },
    hours: { unit: 'hour', plural: true },
    day: { unit: 'day', plural: false },
    days: { unit: 'day', plural: true },
};
/**
 * Parses a schedule as written in the manifest: AWS `cron(...)`, `rate(...)`, `at(...)`, a 5-field
 * unix cron expression, or a unix preset. Throws only ScheduleSyntaxError.
 */
function parseSchedule(input) {
    const lead = input.length - input.trimStart().length;
    const text = input.trim();
    if (text === '')
        throw new ScheduleSyntaxError('the schedule is empty; write e.g. cron(0 9 * * ? *) or rate(1 hour)');
    if (text.length > limits/* SCHEDULE_EXPRESSION_MAX */.GN) {
        throw new ScheduleSyntaxError(`the schedule is ${text.length} characters; AWS allows at most ${limits/* SCHEDULE_EXPRESSION_MAX */.GN}`, lead, text.length);
    }
    const call = /^([a-zA-Z]+)\s*\(/.exec(text);
    if (call) {
        const name = call[1];
        const open = call[0].length;
        if (!text.endsWith(')')) {
            throw new ScheduleSyntaxError(`${name}(...) is missing its closing ')'`, lead + text.length - 1, 1);
        }
        if (call[0] !== `${name}(`) {
            throw new ScheduleSyntaxError(`write ${name}(...) with no space before '('`, lead + name.length, open - name.length);
        }
        const body = text.slice(open, -1);
        const bodyOffset = lead + open;
        switch (name) {
            case 'cron': {
                const fields = parseAwsCronBody(body, bodyOffset);
                return { kind: 'cron', expression: `cron(${cronFieldsToString(fields)})`, fields };
            }
            case 'rate':
                return parseRate(body, bodyOffset);
            case 'at':
                return parseAt(body, bodyOffset);
            default:
                throw new ScheduleSyntaxError(`unknown schedule type '${name}(...)'; use cron(...), rate(...) or at(...)`, lead, name.length);
        }
    }
    if (text.startsWith('@')) {
        const unix = UNIX_PRESETS[text.toLowerCase()];
        if (!unix) {
            const known = Object.keys(UNIX_PRESETS).join(' ');
            const why = text.toLowerCase() === '@reboot' ? '@reboot has no AWS equivalent' : `unknown preset '${text}'`;
            throw new ScheduleSyntaxError(`${why}; presets: ${known}`, lead, text.length);
        }
        return fromUnix(unix, text, 0);
    }
    const fieldCount = text.split(/\s+/).length;
    if (fieldCount === 6 || fieldCount === 7) {
        throw new ScheduleSyntaxError(`${fieldCount} bare fields: write AWS cron as cron(${text}), or use 5-field unix cron`, lead, text.length);
    }
    if (fieldCount !== 5) {
        throw new ScheduleSyntaxError(`'${text}' is not a schedule; write cron(minutes hours day-of-month month day-of-week year), ` +
            `rate(5 minutes), at(2030-01-31T09:00:00), or 5-field unix cron`, lead, text.length);
    }
    return fromUnix(text, text, lead);
}
function fromUnix(unix, written, offset) {
    const fields = convertUnixCron(unix, offset);
    // The converted fields must themselves be valid AWS cron; a failure here is our bug, not the user's.
    const body = cronFieldsToString(fields);
    parseAwsCronBody(body, 0);
    return { kind: 'cron', expression: `cron(${body})`, fields, convertedFrom: written };
}
function parseRate(body, offset) {
    const m = /^(\S+) (\S+)$/.exec(body);
    if (!m) {
        throw new ScheduleSyntaxError(`rate(...) takes a value and a unit separated by one space, e.g. rate(5 minutes)`, offset, body.length);
    }
    const [, valueText, unitText] = m;
    if (!/^\d+$/.test(valueText) || Number(valueText) < 1) {
        throw new ScheduleSyntaxError(`rate value '${valueText}' must be a whole number of at least 1`, offset, valueText.length);
    }
    const value = Number(valueText);
    const unitOffset = offset + valueText.length + 1;
    const unit = RATE_UNITS[unitText];
    if (!unit) {
        throw new ScheduleSyntaxError(`rate unit '${unitText}' must be minute(s), hour(s) or day(s)`, unitOffset, unitText.length);
    }
    if (value === 1 && unit.plural) {
        throw new ScheduleSyntaxError(`AWS requires the singular with 1: rate(1 ${unit.unit})`, unitOffset, unitText.length);
    }
    if (value !== 1 && !unit.plural) {
        throw new ScheduleSyntaxError(`AWS requires the plural with ${value}: rate(${value} ${unit.unit}s)`, unitOffset, unitText.length);
    }
    return { kind: 'rate', expression: `rate(${value} ${unitText})`, value, unit: unit.unit };
}
function parseAt(body, offset) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(body);
    if (!m) {
        throw new ScheduleSyntaxError(`at(...) takes a local date and time yyyy-mm-ddThh:mm:ss, e.g. at(2030-01-31T09:00:00)`, offset, body.length);
    }
    const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
    const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    const real = probe.getUTCFullYear() === year &&
        probe.getUTCMonth() === month - 1 &&
        probe.getUTCDate() === day &&
        probe.getUTCHours() === hour &&
        probe.getUTCMinutes() === minute &&
        probe.getUTCSeconds() === second &&
        hour < 24;
    if (!real)
        throw new ScheduleSyntaxError(`at(${body}) is not a real date and time`, offset, body.length);
    return { kind: 'at', expression: `at(${body})`, wall: { year, month, day, hour, minute, second } };
}

;// CONCATENATED MODULE: ./schedule/match.ts


const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
function cronMatcher(fields) {
    const minutes = nextTable(valuesOf(fields.minutes, 0, 59), 60);
    const hours = nextTable(valuesOf(fields.hours, 0, 23), 24);
    const months = nextTable(valuesOf(fields.month, 1, 12, MONTH_NAMES), 13);
    const years = fields.year === '*'
        ? undefined
        : nextTable(valuesOf(fields.year, limits/* CRON_YEAR */.Nr.min, limits/* CRON_YEAR */.Nr.max).map((y) => y - limits/* CRON_YEAR */.Nr.min), limits/* CRON_YEAR */.Nr.max - limits/* CRON_YEAR */.Nr.min + 1);
    const dayMatches = fields.dayOfMonth === '?' ? weekdayRule(fields.dayOfWeek) : monthDayRule(fields.dayOfMonth);
    // Validated fields always select something; an empty one would walk every day up to 2199.
    if (minutes[0] < 0 || hours[0] < 0 || months[1] < 0)
        return { next: () => undefined };
    /** The first selected year ≥ y, or -1. */
    const yearFrom = (y) => {
        if (y < limits/* CRON_YEAR */.Nr.min)
            y = limits/* CRON_YEAR */.Nr.min;
        if (y > limits/* CRON_YEAR */.Nr.max)
            return -1;
        if (!years)
            return y;
        const found = years[y - limits/* CRON_YEAR */.Nr.min];
        return found < 0 ? -1 : found + limits/* CRON_YEAR */.Nr.min;
    };
    return {
        next(wall) {
            const start = new Date(Math.floor(wall / MINUTE) * MINUTE + MINUTE);
            let year = start.getUTCFullYear();
            let month = start.getUTCMonth() + 1;
            let day = start.getUTCDate();
            let hour = start.getUTCHours();
            let minute = start.getUTCMinutes();
            // Each step moves to the start of the next candidate year, month, day or hour, so the loop
            // ends: at most 230 years × 12 months × 31 days, and far fewer for anything that runs.
            for (;;) {
                const y = yearFrom(year);
                if (y < 0)
                    return undefined;
                if (y !== year) {
                    year = y;
                    month = 1;
                    day = 1;
                    hour = 0;
                    minute = 0;
                }
                const m = months[month];
                if (m < 0) {
                    year = year + 1;
                    month = 1;
                    day = 1;
                    hour = 0;
                    minute = 0;
                    continue;
                }
                if (m !== month) {
                    month = m;
                    day = 1;
                    hour = 0;
                    minute = 0;
                }
                const length = daysInMonth(year, month);
                if (day > length) {
                    month = month + 1;
                    day = 1;
                    hour = 0;
                    minute = 0;
                    if (month > 12) {
                        year = year + 1;
                        month = 1;
                    }
                    continue;
                }
                if (!dayMatches(year, month, day, length)) {
                    day = day + 1;
                    hour = 0;
                    minute = 0;
                    continue;
                }
                const h = hours[hour];
                if (h < 0) {
                    day = day + 1;
                    hour = 0;
                    minute = 0;
                    continue;
                }
                if (h !== hour) {
                    hour = h;
                    minute = 0;
                }
                const mi = minutes[minute];
                if (mi < 0) {
                    hour = hour + 1;
                    minute = 0;
                    if (hour > 23) {
                        day = day + 1;
                        hour = 0;
                    }
                    continue;
                }
                return Date.UTC(year, month - 1, day, hour, mi);
            }
        },
    };
}
/**
 * The values a list of parts selects: `*`, `a`, `a-b`, with an optional `/step` counted from the
 * start of the part, so `*\/5` in years is 1970, 1975... (as in Quartz, whose syntax AWS's is).
 */
function valuesOf(text, min, max, names) {
    const value = (v) => (names && /^[A-Z]/.test(v) ? min + names.indexOf(v) : Number(v));
    const values = [];
    for (const part of text.split(',')) {
        const slash = part.indexOf('/');
        const base = slash < 0 ? part : part.slice(0, slash);
        const step = slash < 0 ? 1 : Number(part.slice(slash + 1));
        const dash = base.indexOf('-');
        let from = min;
        let to = max;
        if (dash >= 0) {
            from = value(base.slice(0, dash));
            to = value(base.slice(dash + 1));
        }
        else if (base !== '*') {
            from = value(base);
            to = slash < 0 ? from : max;
        }
        for (let v = from; v <= to; v += step)
            values.push(v);
    }
    return values;
}
function nextTable(values, size) {
    const table = new Int16Array(size).fill(-1);
    for (const v of values)
        table[v] = v;
    for (let v = size - 2; v >= 0; v--)
        if (table[v] < 0)
            table[v] = table[v + 1];
    return table;
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** AWS numbers weekdays 1 (Sunday) to 7 (Saturday). */
function awsWeekday(year, month, day) {
    const days = Math.floor(Date.UTC(year, month - 1, day) / DAY);
    return ((((days + 4) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (5)
}
/** Day-of-month with day-of-week '?': a list of days, `L` (the last day) or `nW` (the weekday nearest day n, within the month). */
function monthDayRule(text) {
    if (text === '*')
        return () => true;
    if (text === 'L')
        return (_y, _m, day, length) => day === length;
    const nearest = /^(\d+)W$/.exec(text);
    if (nearest) {
        const target = Number(nearest[1]);
        return (year, month, day, length) => {
            if (target > length)
                return false;
            const weekday = awsWeekday(year, month, target);
            let runs = target;
            if (weekday === 7)
                runs = target === 1 ? target + 2 : target - 1; // Saturday: Friday, or Monday the 3rd
            else if (weekday === 1)
                runs = target === length ? target - 2 : target + 1; // Sunday: Monday, or Friday before the last day
            return day === runs;
        };
    }
    const days = new Uint8Array(32);
    for (const d of valuesOf(text, 1, 31))
        days[d] = 1;
    return (_y, _m, day) => days[day] === 1;
}
/** Day-of-week with day-of-month '?': a list of weekdays, `L` (Saturday), `nL` (the last weekday n of the month) or `n#k` (the k-th). */
function weekdayRule(text) {
    if (text === '*')
        return () => true;
    const weekday = (v) => (/^[A-Z]/.test(v) ? 1 + AWS_DAY_NAMES.indexOf(v) : Number(v));
    const last = /^([A-Z]{3}|\d+)L$/.exec(text);
    if (last) {
        const wanted = weekday(last[1]);
        return (year, month, day, length) => day + 7 > length && awsWeekday(year, month, day) === wanted;
    }
    const nth = /^([A-Z]{3}|\d+)#(\d+)$/.exec(text);
    if (nth) {
        const wanted = weekday(nth[1]);
        const week = Number(nth[2]);
        return (year, month, day) => Math.ceil(day / 7) === week && awsWeekday(year, month, day) === wanted;
    }
    const days = new Uint8Array(8);
    for (const d of text === 'L' ? [7] : valuesOf(text, 1, 7, AWS_DAY_NAMES))
        days[d] = 1;
    return (year, month, day) => days[awsWeekday(year, month, day)] === 1;
}

// EXTERNAL MODULE: ./util/memo.ts
var memo = __webpack_require__(7827);
// EXTERNAL MODULE: ./schedule/timezone.ts
var timezone = __webpack_require__(6729);
;// CONCATENATED MODULE: ./schedule/next.ts




const next_MINUTE = 60_000;
const RATE_MS = { minute: next_MINUTE, hour: 60 * next_MINUTE, day: 24 * 60 * next_MINUTE };
/**
 * The next `count` runs of a schedule in an IANA time zone, with EventBridge Scheduler's DST rules:
 * a local time that does not exist (spring forward) is skipped, and a local time that occurs twice
 * (fall back) runs once, at its first occurrence.
 */
function nextRuns(schedule, timeZone, after, count) {
    if (schedule.kind !== 'cron')
        return uncachedNextRuns(schedule, timeZone, after, count);
    // Validation asks for a job's first run, and its report for the next few: computed once.
    const key = `${schedule.expression}\0${timeZone}\0${after}`;
    const known = recent.get(key);
    if (known && (known.runs.length >= count || known.complete))
        return { runs: known.runs.slice(0, count), approximate: false };
    const runs = cronRuns(schedule.fields, timeZone, after, count);
    recent.set(key, { runs, complete: runs.length < count });
    return { runs: [...runs], approximate: false };
}
/** Cron runs computed lately, by expression, zone and reference time (bounded: a long-lived process does not grow). */
/** (`complete`: fewer runs than asked for exist, so asking for more finds no more.) */
const recent = new memo/* BoundedMemo */._(10_000);
function uncachedNextRuns(schedule, timeZone, after, count) {
    switch (schedule.kind) {
        case 'rate': {
            const step = schedule.value * RATE_MS[schedule.unit];
            const start = Math.floor(after / next_MINUTE) * next_MINUTE;
            return { runs: Array.from({ length: count }, (_, i) => start + step * (i + 1)), approximate: true };
        }
        case 'at': {
            const first = (0,timezone/* instantsOf */.GR)(schedule.wall, timeZone)[0];
            return { runs: first !== undefined && first > after && count > 0 ? [first] : [], approximate: false };
        }
        case 'cron':
            return { runs: cronRuns(schedule.fields, timeZone, after, count), approximate: false };
    }
}
/** True when the cron expression matches at least one moment in AWS's year range (not e.g. Feb 30). */
function cronCanRun(fields) {
    return matcher(fields).next(Date.UTC(1969, 11, 31, 23, 59)) !== undefined;
}
// The fields are matched on a wall clock; the zone is applied afterwards, so the DST rules are
// Scheduler's (ours), not a library's.
/** Matchers by expression: small (a few hundred bytes), bounded so a long-lived process does not grow. */
const matchers = new memo/* BoundedMemo */._(1024);
function matcher(fields) {
    return matchers.of(cronFieldsToString(fields), () => cronMatcher(fields));
}
function cronRuns(fields, timeZone, after, count) {
    const cron = matcher(fields);
    const runs = [];
    // Every run after `after` has a wall time after wall(after): in an overlap the second pass only
    // repeats wall times whose (single) run already happened on the first pass.
    let cursor = (0,timezone/* wallAsUtc */.ZQ)((0,timezone/* wallTimeAt */.z$)(after, timeZone));
    // A gap or an overlap skips at most a few hours of candidates; the cap only guards against bugs.
    for (let guard = 0; runs.length < count && guard < count + 10_000; guard++) {
        const next = cron.next(cursor);
        if (next === undefined)
            break;
        cursor = next;
        const instant = (0,timezone/* instantsOf */.GR)((0,timezone/* utcWall */.PD)(next), timeZone)[0];
        if (instant !== undefined && instant > after)
            runs.push(instant);
    }
    return runs;
}
const next_DAY = 24 * 60 * next_MINUTE;
/** Every job in a zone asks for the same year's jumps: found once. */
const jumpsOf = new memo/* BoundedMemo */._(1024);
/** The instants in [from, to) at which the zone's offset grows (the clock jumps forward), to the minute. */
function springForwards(timeZone, from, to) {
    return jumpsOf.of(`${timeZone}\0${from}\0${to}`, () => uncachedSpringForwards(timeZone, from, to));
}
function uncachedSpringForwards(timeZone, from, to) {
    const out = [];
    let previous = (0,timezone/* offsetAt */.HA)(from, timeZone);
    for (let day = from + next_DAY; day < to + next_DAY; day += next_DAY) {
        const offset = (0,timezone/* offsetAt */.HA)(Math.min(day, to), timeZone);
        if (offset > previous) {
            // Narrow the day down to the minute the offset changes (transitions fall on whole minutes).
            let [low, high] = [day - next_DAY, Math.min(day, to)];
            while (high - low > next_MINUTE) {
                const mid = Math.floor((low + high) / 2 / next_MINUTE) * next_MINUTE;
                if ((0,timezone/* offsetAt */.HA)(mid, timeZone) > previous)
                    high = mid;
                else
                    low = mid;
            }
            out.push({ at: high, before: previous, after: offset });
        }
        previous = offset;
    }
    return out;
}
/**
 * Runs of a cron schedule that a clock jumping forward (DST starts) removes between `from` and `to`: Scheduler skips a
 * local time that does not exist, so a daily job at 02:30 in New York does not run on that day at all.
 */
function dstSkips(schedule, timeZone, from, to) {
    if (schedule.kind !== 'cron' || timeZone === 'UTC')
        return [];
    const cron = matcher(schedule.fields);
    const skips = [];
    for (const jump of springForwards(timeZone, from, to)) {
        // Wall times [jump + before, jump + after) do not exist that day.
        const gapStart = jump.at + jump.before;
        const selected = cron.next(gapStart - next_MINUTE);
        const wall = (t) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
        if (selected !== undefined && selected < jump.at + jump.after)
            skips.push({
                wall: wall(selected),
                at: jump.at,
                jump: [wall(gapStart).slice(11), wall(jump.at + jump.after).slice(11)],
            });
    }
    return skips;
}

// EXTERNAL MODULE: ../node_modules/cronstrue/dist/cronstrue.js
var cronstrue = __webpack_require__(9949);
var cronstrue_default = /*#__PURE__*/__webpack_require__.n(cronstrue);
;// CONCATENATED MODULE: ./schedule/describe.ts



/** Human-readable text for a schedule, reading AWS's day-of-week numbering (1 = Sunday). */
function describeSchedule(schedule) {
    switch (schedule.kind) {
        case 'rate':
            return schedule.value === 1 ? `Every ${schedule.unit}` : `Every ${schedule.value} ${schedule.unit}s`;
        case 'at': {
            const w = schedule.wall;
            const pad = (n) => String(n).padStart(2, '0');
            return `Once, at ${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
        }
        case 'cron':
            return describeCron(schedule.fields) ?? schedule.expression;
    }
}
const AT_MIDNIGHT = 'At 00:00';
/**
 * Most jobs run at one time of day (a single minute and hour) on one of a few day patterns, and
 * cronstrue then writes "At HH:MM" followed by text that depends only on the day, month and year
 * fields. So the text is made once per day pattern, at 00:00, and the time put in: describing
 * 1,000 jobs is then tens of cronstrue calls, not 1,000 (a test compares both ways on random expressions).
 */
function describeCron(fields) {
    if (!/^\d+$/.test(fields.minutes) || !/^\d+$/.test(fields.hours))
        return cronstrueText(fields);
    const days = `${fields.dayOfMonth} ${fields.month} ${fields.dayOfWeek} ${fields.year}`;
    const rest = dayTexts.of(days, () => {
        const text = cronstrueText({ ...fields, minutes: '0', hours: '0' });
        return text?.startsWith(AT_MIDNIGHT) ? text.slice(AT_MIDNIGHT.length) : null;
    });
    if (rest === null)
        return cronstrueText(fields);
    const two = (n) => String(Number(n)).padStart(2, '0');
    return `At ${two(fields.hours)}:${two(fields.minutes)}${rest}`;
}
/** What follows "At 00:00" for each day pattern; null when cronstrue's text has another shape. */
const dayTexts = new memo/* BoundedMemo */._(1024);
/** cronstrue's reading, or undefined for what it cannot read. */
function cronstrueText(fields) {
    try {
        // A leading seconds field makes the 7-part form unambiguous to cronstrue.
        return cronstrue_default().toString(`0 ${cronFieldsToString(fields)}`, {
            dayOfWeekStartIndexZero: false,
            use24HourTimeFormat: true,
            throwExceptionOnParseError: true,
        });
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./schedule/interval.ts
/** How far apart a schedule's runs are, and a rate as the cron expression with the same runs. */


/** The shortest time between two of a schedule's runs, in seconds (Infinity for a one-time schedule), over its next 40. */
function shortestIntervalSeconds(schedule, timezone, now) {
    const runs = nextRuns(schedule, timezone, now, 40).runs;
    let gap = Infinity;
    for (let i = 1; i < runs.length; i++)
        gap = Math.min(gap, (runs[i] - runs[i - 1]) / 1000);
    return gap;
}
/**
 * A rate counts from when Scheduler created (or last updated) the schedule, so a companion schedule could not fire with
 * the job's runs. A watched rate job runs on the clock instead: the cron expression with the same runs, when the rate
 * divides an hour or a day.
 */
function rateOnTheClock(schedule) {
    if (schedule.kind !== 'rate')
        return schedule;
    const { value, unit } = schedule;
    if (unit === 'minute' && 60 % value === 0)
        return parseSchedule(value === 1 ? 'cron(* * * * ? *)' : `cron(0/${value} * * * ? *)`);
    if (unit === 'hour' && 24 % value === 0)
        return parseSchedule(value === 1 ? 'cron(0 * * * ? *)' : `cron(0 0/${value} * * ? *)`);
    if (unit === 'day' && value === 1)
        return parseSchedule('cron(0 0 * * ? *)');
    return undefined;
}

;// CONCATENATED MODULE: ./schedule/index.ts









/***/ })

};
