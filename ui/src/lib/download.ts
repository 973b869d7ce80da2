// Save a file the hub made (CSV, JSON) in a browser: the browser's own download, with the
// file's name and type. (The app has no downloads: its screens show the text to copy instead.)
import type { ExportFile } from './api-types';

export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime_type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.file_name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
