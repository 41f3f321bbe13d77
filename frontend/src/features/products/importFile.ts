/** What the server takes as an import file: CSV or XLSX made from the template, at most 10 MB. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
export const IMPORT_MAX_MEGABYTES = IMPORT_MAX_BYTES / (1024 * 1024)
export const IMPORT_MAX_ROWS = 10_000
/** By extension only: browsers name CSV files with many types (text/csv, application/vnd.ms-excel) or none. */
export const IMPORT_ACCEPT = '.csv,.xlsx'

export type ImportFileComplaint = 'fileType' | 'fileEmpty' | 'fileTooLarge'

/** Whether the file may be sent; the server reads it and has the last word (rows, content). */
export function checkImportFile(file: Pick<File, 'name' | 'size'>): ImportFileComplaint | null {
  if (!/\.(csv|xlsx)$/i.test(file.name)) return 'fileType'
  if (file.size === 0) return 'fileEmpty'
  return file.size <= IMPORT_MAX_BYTES ? null : 'fileTooLarge'
}
