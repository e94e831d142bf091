// Hands a JSON file to the browser's download; it never leaves the device.
import { downloadBlob } from '../reports/download';

export function downloadJson(value: unknown, fileName: string): void {
  downloadBlob(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }), fileName);
}
