/** Form dates are calendar days; store them as midnight UTC so every server reads the same day. */
export function calendarDay(value: string): Date;
export function calendarDay(value: string | ""): Date | null;
export function calendarDay(value: string): Date | null {
  return value === "" ? null : new Date(`${value}T00:00:00.000Z`);
}
