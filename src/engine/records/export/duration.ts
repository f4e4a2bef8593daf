/** ISO 8601 durations as xAPI wants them: hours, minutes and seconds, to 0.01 s (the precision xAPI keeps). */
export function isoDuration(millis: number): string {
  const centis = Math.max(0, Math.round(millis / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6_000);
  const rest = centis % 6_000;
  const seconds = rest % 100 === 0 ? String(rest / 100) : (rest / 100).toFixed(2).replace(/0$/, '');
  let text = 'PT';
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (rest > 0 || text === 'PT') text += `${seconds}S`;
  return text;
}
