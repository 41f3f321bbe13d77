import { fenToYuan } from '@/features/products/money'
import type { SearchItem } from './api'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)
}

/**
 * The name to show, as HTML: English in the English locale when the product has one, Chinese otherwise; with the
 * server's `<em>` marks when the search matched the name (the server escapes the rest), else the name escaped here.
 */
export function highlightedName(item: Pick<SearchItem, 'nameZh' | 'nameEn' | 'highlights'>, locale: string): string {
  const english = locale === 'en' && !!item.nameEn
  const marked = english ? item.highlights.nameEn?.[0] : item.highlights.nameZh?.[0]
  return marked ?? escapeHtml(english ? item.nameEn! : item.nameZh)
}

/** Fen as yuan, without ".00" for whole amounts: 5000 → "50", 12850 → "128.50". */
export function yuan(fen: number): string {
  const text = fenToYuan(fen)
  return text.endsWith('.00') ? text.slice(0, -3) : text
}
