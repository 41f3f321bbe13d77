// Data for the products and reviews features' unit tests.
import type { Product, ProductContent, TraceResult } from './api'

export function content(overrides: Partial<ProductContent> = {}): ProductContent {
  return {
    category: 'TEA',
    nameZh: '祁门红茶 特级',
    nameEn: 'Keemun Black Tea, Special Grade',
    descriptionZh: '祁门红茶，香高味醇。',
    descriptionEn: null,
    attributes: { variety: '祁门槠叶种', grade: 'SUPER', harvest: 'PRE_QINGMING', harvestYear: 2025, netWeightGrams: 250 },
    skus: [
      { code: 'QM-250', spec: '250 克罐装', priceFen: 12800, stock: 50, barcode: '6901234567892', weightGrams: 300 },
    ],
    provenance: {
      geographicalIndication: { name: '祁门红茶', registrationNumber: 'AGI00123' },
      certificates: [
        { type: 'GREEN_FOOD', number: 'LB-15-2025', issuer: '中国绿色食品发展中心', validFrom: '2025-01-01', validTo: '2027-12-31', scanFileId: null },
      ],
      batches: [{ traceCode: 'QM-2025-001', what: '春茶第一批', where: '341024', when: '2025-03-28', who: '汪师傅', quantity: '500 kg' }],
    },
    ...overrides,
  }
}

export function product(overrides: Partial<Product> = {}): Product {
  return {
    id: 'prod-1',
    producerId: 'p-1',
    ownerUsername: 'farm1',
    region: '341024',
    content: content(),
    pendingChange: null,
    status: 'DRAFT',
    revision: 1,
    rejectionReason: null,
    images: [],
    history: [],
    createdAt: '2025-04-01T08:30:00Z',
    version: 0,
    ...overrides,
  }
}

export function trace(overrides: Partial<TraceResult> = {}): TraceResult {
  return {
    traceCode: 'QM-2025-001',
    productId: 'prod-1',
    productNameZh: '祁门红茶 特级',
    productNameEn: 'Keemun Black Tea, Special Grade',
    batch: { traceCode: 'QM-2025-001', what: '春茶第一批', where: '341024', when: '2025-03-28', who: '汪师傅', quantity: '500 kg' },
    geographicalIndication: { name: '祁门红茶', registrationNumber: 'AGI00123' },
    certificates: [
      { type: 'GREEN_FOOD', number: 'LB-15-2025', issuer: '中国绿色食品发展中心', validToday: true },
      { type: 'ORGANIC', number: 'ORG-2019-7', issuer: '南京国环有机产品认证中心', validToday: false },
    ],
    ...overrides,
  }
}
