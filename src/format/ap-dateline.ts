// AP datelines: the city in capitals, then the state or country as written: "ANCHORAGE, Alaska —".

export function apDateline(dateline: string): string {
  const comma = dateline.indexOf(",");
  const city = (comma < 0 ? dateline : dateline.slice(0, comma)).trim().toUpperCase();
  const rest = comma < 0 ? "" : dateline.slice(comma + 1).trim();
  return rest ? `${city}, ${rest} —` : `${city} —`;
}
