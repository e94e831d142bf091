// The one way the app compares what someone types with names and labels: accents and case aside
// (“Zoë” = “zoe”). Person matching has its own, stronger normalisation (src/domain/matching/normalize.ts).
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}
