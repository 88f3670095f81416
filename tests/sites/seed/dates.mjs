// Date helpers in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). The seed's dates are
// relative to `now` so that "waiting time" scenarios stay true whenever the tests run.

const OFFSET_MS = 7 * 3600 * 1000;
const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Wall-clock parts of `date` in Vietnam. */
export function vnParts(date) {
  const d = new Date(date.getTime() + OFFSET_MS);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(), weekday: d.getUTCDay(),
  };
}

/** The instant of a Vietnamese wall-clock time. */
export function fromVn(year, month, day, hour = 0, minute = 0, second = 0) {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS);
}

/** iGate's timestamp form: `2025-08-01T08:30:00.000+0700`. */
export function toIgateIso(date) {
  const p = vnParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${pad(p.ms, 3)}+0700`;
}

/** `YYMMDD` of the Vietnamese date, as used in iGate dossier codes. */
export function yymmdd(date) {
  const p = vnParts(date);
  return `${pad(p.year % 100)}${pad(p.month)}${pad(p.day)}`;
}

/** Vietnamese form date `dd/MM/yyyy`. */
export function ddmmyyyy(date) {
  const p = vnParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

const isWorkingDay = (date) => {
  const wd = vnParts(date).weekday;
  return wd !== 0 && wd !== 6;
};

/**
 * The `n`-th working day (Mon–Fri) strictly before now's Vietnamese date, at hour:minute.
 * Always in the past, whatever weekday `now` is.
 */
export function workingDayBefore(now, n, hour, minute) {
  const p = vnParts(now);
  let day = fromVn(p.year, p.month, p.day, hour, minute);
  let left = n;
  while (left > 0) {
    day = new Date(day.getTime() - 24 * 3600 * 1000);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * Go back `hours` of working-day time (weekend hours are skipped, every weekday hour counts).
 * Used for the "waited ≥ 75 % of one working day" scenarios.
 */
export function workingHoursBefore(now, hours) {
  let t = now.getTime();
  let left = hours * 60;
  while (left > 0) {
    t -= 60 * 1000;
    if (isWorkingDay(new Date(t))) left -= 1;
  }
  return new Date(t);
}

/** `minutes` before now (for "just submitted" dossiers). */
export const minutesBefore = (now, minutes) => new Date(now.getTime() - minutes * 60 * 1000);

/** `n` working days after `date` (same wall-clock time), for appointment dates. */
export function addWorkingDays(date, n) {
  let t = date.getTime();
  let left = n;
  while (left > 0) {
    t += 24 * 3600 * 1000;
    if (isWorkingDay(new Date(t))) left -= 1;
  }
  return new Date(t);
}
