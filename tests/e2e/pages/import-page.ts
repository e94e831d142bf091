// The spreadsheet import screen (/import): file, mapping, dry run, duplicates, import.
import type { Locator, Page } from 'playwright-core';

export class ImportPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Importer', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Importer un tableur', level: 1 }).waitFor({ timeout: 60_000 });
  }

  async chooseFile(name: string, text: string) {
    await this.page.getByLabel('Fichier XLSX ou CSV').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });
  }

  async check() {
    await this.page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await this.page.getByRole('heading', { name: '3. Vérification avant import' }).waitFor();
  }

  get refusedTable(): Locator {
    return this.page.getByRole('table', { name: 'Lignes refusées et pourquoi' });
  }

  duplicate(row: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Ligne ${row} :`) });
  }

  async confirm(count: number) {
    await this.page.getByRole('button', { name: `Importer ${count} personne${count > 1 ? 's' : ''}` }).click();
    await this.page.getByRole('heading', { name: 'Import terminé' }).waitFor({ timeout: 60_000 });
  }
}
