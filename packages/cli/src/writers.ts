/**
 * Loads every output writer into the render registry. The DOCX/XLSX/PDF writers register when
 * @xxgk/render is imported, and their libraries (exceljs above all) take about a second to
 * load — so `parse` and `check`, which print only text and JSON, never load them.
 */
export async function loadAllWriters(): Promise<void> {
  await import('@xxgk/render');
}

/** True when a command line needs the writers: anything but `parse` and `check`. */
export function needsAllWriters(argv: readonly string[]): boolean {
  const command = argv[0];
  return command !== 'parse' && command !== 'check';
}
