// Vite's `build.assetsInlineLimit` for the app and its tests: a pictogram's SVG always stays a
// file, never a data: URL, whatever its size. Chromium builds a data: SVG's document synchronously
// inside React's commit, one per picture; a file loads outside it (docs/content-format.md,
// "Pictograms"). Other assets keep Vite's default.
export function keepPictogramsAsFiles(file: string): false | undefined {
  return /[\\/]src[\\/]content[\\/]pictograms[\\/][^\\/]+\.svg$/.test(file) ? false : undefined;
}
