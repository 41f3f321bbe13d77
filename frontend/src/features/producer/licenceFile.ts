/** What the server takes as a business licence scan: a PDF, JPEG or PNG of at most 5 MB. */
export const LICENCE_MAX_BYTES = 5 * 1024 * 1024
export const LICENCE_MAX_MEGABYTES = LICENCE_MAX_BYTES / (1024 * 1024)
const LICENCE_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
}
/** For the file picker: the MIME types and, for systems that only know names, the extensions. */
export const LICENCE_ACCEPT = [
  ...Object.keys(LICENCE_TYPES),
  ...Object.values(LICENCE_TYPES).flatMap((extensions) => extensions.map((extension) => `.${extension}`)),
].join(',')

export type LicenceComplaint = { key: 'licenceType' } | { key: 'licenceTooLarge'; params: { max: number } }

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/**
 * Whether the file may be sent. The browser's type is trusted when it names one, else the name's extension is;
 * the server looks at the content itself and has the last word.
 */
export function checkLicenceFile(file: Pick<File, 'name' | 'type' | 'size'>): LicenceComplaint | null {
  const known = file.type
    ? Object.hasOwn(LICENCE_TYPES, file.type)
    : Object.values(LICENCE_TYPES).some((extensions) => extensions.includes(extensionOf(file.name)))
  if (!known) return { key: 'licenceType' }
  return file.size <= LICENCE_MAX_BYTES ? null : { key: 'licenceTooLarge', params: { max: LICENCE_MAX_MEGABYTES } }
}
