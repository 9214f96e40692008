/** A source name as a folder name of the raw store (`source=<encoded>`), and back. */
export const encodeSource = (source: string): string =>
  encodeURIComponent(source).replaceAll('%3A', ':').replaceAll('.', '%2E');
export const decodeSource = (dir: string): string => decodeURIComponent(dir);
