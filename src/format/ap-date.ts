// AP-style dates and times: "Aug. 15, 2025, 3:30 p.m. EDT", "noon", "midnight".
import { wallTimeIn } from "../time/zoned.ts";

const AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Aug. 15, 2025" */
export function apDate(date: Date, timeZone: string): string {
  const w = wallTimeIn(date, timeZone);
  return `${AP_MONTHS[w.month - 1]} ${w.day}, ${w.year}`;
}

/** "3:30 p.m. EDT", "10 a.m. AKDT", "noon EDT" */
export function apTime(date: Date, timeZone: string): string {
  const w = wallTimeIn(date, timeZone);
  let clock: string;
  if (w.minute === 0 && w.hour === 12) clock = "noon";
  else if (w.minute === 0 && w.hour === 0) clock = "midnight";
  else {
    const hour12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
    const minutes = w.minute === 0 ? "" : `:${String(w.minute).padStart(2, "0")}`;
    clock = `${hour12}${minutes} ${w.hour < 12 ? "a.m." : "p.m."}`;
  }
  return `${clock} ${zoneAbbreviation(date, timeZone)}`;
}

/** "Aug. 15, 2025, 3:30 p.m. EDT" */
export function apDateTime(date: Date, timeZone: string): string {
  return `${apDate(date, timeZone)}, ${apTime(date, timeZone)}`;
}

function zoneAbbreviation(date: Date, timeZone: string): string {
  let formatter = zoneNameFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" });
    zoneNameFormatters.set(timeZone, formatter);
  }
  return formatter.formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}
