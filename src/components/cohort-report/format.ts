/**
 * Number, percent, date and duration formats for one language, with their `Intl` formatters
 * cached: a 100-learner table formats about a thousand values, and building an `Intl` formatter
 * per value (what the shared LocalizeController does, fine for one learner's view) costs more
 * than the rendering. Same output as the LocalizeController.
 */
export interface Formats {
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  percent: (fraction: number, digits?: number) => string;
  date: (value: string | number | Date, options?: Intl.DateTimeFormatOptions) => string;
  duration: (seconds: number) => string;
}

export function formats(lang: string): Formats {
  const numbers = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  const numberFormat = (options?: Intl.NumberFormatOptions) => {
    const key = options ? JSON.stringify(options) : '';
    let format = numbers.get(key);
    if (!format) numbers.set(key, (format = new Intl.NumberFormat(lang, options)));
    return format;
  };
  // Built on first use: the first Intl formatter of a page is slow to make (locale data is loaded).
  let list: Intl.ListFormat | undefined;
  const unit = (value: number, u: 'hour' | 'minute' | 'second') => numberFormat({ style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  return {
    number: (value, options) => numberFormat(options).format(value),
    percent: (fraction, digits = 0) => numberFormat({ style: 'percent', maximumFractionDigits: digits }).format(fraction),
    date: (value, options = { dateStyle: 'long' }) => {
      const key = JSON.stringify(options);
      let format = dates.get(key);
      if (!format) dates.set(key, (format = new Intl.DateTimeFormat(lang, options)));
      return format.format(new Date(value));
    },
    duration: (seconds) => {
      const total = Math.max(0, Math.round(seconds));
      const hours = Math.floor(total / 3600);
      const minutes = Math.floor((total % 3600) / 60);
      const secs = total % 60;
      const parts = [hours && unit(hours, 'hour'), minutes && unit(minutes, 'minute'), (secs || !(hours || minutes)) && unit(secs, 'second')];
      list ??= new Intl.ListFormat(lang, { style: 'narrow', type: 'unit' });
      return list.format(parts.filter((p): p is string => typeof p === 'string'));
    },
  };
}
