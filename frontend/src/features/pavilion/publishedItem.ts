import type { ProducerSummary, PublishedProduct, Region, SearchItem } from './api'

/** Certificate types valid today, each once. */
export function validCertificateTypes(product: PublishedProduct): SearchItem['certificateTypes'] {
  return [...new Set(product.certificates.filter((c) => c.validToday).map((c) => c.type))]
}

/**
 * A published product in the shape of a search result, so it can be shown as a result card: prices, stock and badges
 * computed as the search index computes them, region names from `findRegion`.
 */
export function publishedItem(
  product: PublishedProduct,
  producer: ProducerSummary,
  findRegion: (code: string | null | undefined) => Region | undefined,
): SearchItem {
  const { content } = product
  const prices = content.skus.map((sku) => sku.priceFen)
  const own = findRegion(product.region)
  const county = own?.level === 'COUNTY' ? own : undefined
  const prefecture = county ? findRegion(county.parentCode) : own
  const certificateTypes = validCertificateTypes(product)
  return {
    id: product.id,
    nameZh: content.nameZh,
    nameEn: content.nameEn,
    category: content.category,
    prefectureCode: prefecture?.code ?? product.region,
    prefectureNameZh: prefecture?.nameZh ?? null,
    prefectureNameEn: prefecture?.nameEn ?? null,
    countyCode: county?.code ?? null,
    countyNameZh: county?.nameZh ?? null,
    countyNameEn: county?.nameEn ?? null,
    producerId: producer.id,
    producerNameZh: producer.nameZh,
    producerNameEn: producer.nameEn,
    minPriceFen: prices.length ? Math.min(...prices) : 0,
    maxPriceFen: prices.length ? Math.max(...prices) : 0,
    inStock: content.skus.some((sku) => sku.stock > 0),
    geographicalIndication: !!content.provenance.geographicalIndication,
    certificateTypes,
    timeHonoured: certificateTypes.includes('TIME_HONOURED_BRAND'),
    coverImageId: product.images[0] ?? null,
    highlights: {},
  }
}
