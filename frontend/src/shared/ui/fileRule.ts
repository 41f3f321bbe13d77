/**
 * What an upload endpoint takes: some file types (by MIME type, with the extensions systems that only know names
 * use) up to a size. `kind` names the i18n messages under `files.<kind>`.
 */
export interface FileRule {
  kind: 'scan' | 'picture'
  types: Readonly<Record<string, readonly string[]>>
  maxBytes: number
}

export type FileComplaint = { key: 'wrongType' } | { key: 'tooLarge'; params: { max: number } }

const MB = 1024 * 1024

/** A scan of a paper document: PDF, JPEG or PNG of at most 5 MB (business licences, certificates). */
export const SCAN_FILE: FileRule = {
  kind: 'scan',
  types: { 'application/pdf': ['pdf'], 'image/jpeg': ['jpg', 'jpeg'], 'image/png': ['png'] },
  maxBytes: 5 * MB,
}

/** A picture shown in the pavilion: JPEG, PNG or WebP of at most 2 MB (producer logos). */
export const LOGO_FILE: FileRule = {
  kind: 'picture',
  types: { 'image/jpeg': ['jpg', 'jpeg'], 'image/png': ['png'], 'image/webp': ['webp'] },
  maxBytes: 2 * MB,
}

export function maxMegabytes(rule: FileRule): number {
  return rule.maxBytes / MB
}

/** For the file picker: the MIME types and the extensions. */
export function acceptOf(rule: FileRule): string {
  return [
    ...Object.keys(rule.types),
    ...Object.values(rule.types).flatMap((extensions) => extensions.map((extension) => `.${extension}`)),
  ].join(',')
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/**
 * Whether the file may be sent. The browser's type is trusted when it names one, else the name's extension is;
 * the server looks at the content itself and has the last word.
 */
export function checkFile(rule: FileRule, file: Pick<File, 'name' | 'type' | 'size'>): FileComplaint | null {
  const known = file.type
    ? Object.hasOwn(rule.types, file.type)
    : Object.values(rule.types).some((extensions) => extensions.includes(extensionOf(file.name)))
  if (!known) return { key: 'wrongType' }
  return file.size <= rule.maxBytes ? null : { key: 'tooLarge', params: { max: maxMegabytes(rule) } }
}
