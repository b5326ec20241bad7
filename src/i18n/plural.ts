/** English plural: only 1 takes the singular. */
export const pluralEn = (count: number, one: string, other: string) => (count === 1 ? one : other);
/** French plural: 0 and 1 take the singular. */
export const pluralFr = (count: number, one: string, other: string) => (count < 2 ? one : other);
