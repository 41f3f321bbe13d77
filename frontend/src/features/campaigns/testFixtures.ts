// Data for the campaigns feature's unit tests.
import type { CalendarCampaign, Campaign, CampaignContent, EligibleProduct, Enrolment, OpenCampaign } from './api'

export function campaignContent(overrides: Partial<CampaignContent> = {}): CampaignContent {
  return {
    type: 'SEASONAL',
    nameZh: '春茶上新季',
    nameEn: 'Spring Tea Season',
    descriptionZh: '黄山、六安明前春茶，地理标志产品专场。',
    descriptionEn: null,
    regionalBrand: null,
    startsAt: '2025-03-20T10:00',
    endsAt: '2025-04-20T22:00',
    flashSessions: [],
    channels: ['PAVILION', 'TAOBAO'],
    eligibility: {
      categories: ['TEA'],
      regions: ['341000', '341500'],
      producerTypes: [],
      geographicalIndicationRequired: true,
      certificateTypes: [],
    },
    spendSaveTiers: [{ thresholdFen: 30000, saveFen: 3000 }],
    budgetFen: 5000000,
    gmvTargetFen: 50000000,
    ...overrides,
  }
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    ...campaignContent(),
    id: 'c-spring',
    version: 0,
    status: 'DRAFT',
    organizer: 'organizer1',
    bannerFileId: null,
    enrolmentCounts: {},
    allowedActions: ['edit', 'open', 'cancel'],
    history: [{ at: '2025-03-01T02:00:00Z', actor: 'organizer1', action: 'created', changes: null, reason: null }],
    activeSession: null,
    ...overrides,
  }
}

export function calendarCampaign(overrides: Partial<CalendarCampaign> = {}): CalendarCampaign {
  return {
    id: 'c-spring',
    nameZh: '春茶上新季',
    nameEn: 'Spring Tea Season',
    type: 'SEASONAL',
    status: 'SCHEDULED',
    startsAt: '2025-03-20T10:00',
    endsAt: '2025-04-20T22:00',
    channels: ['PAVILION', 'TAOBAO'],
    ...overrides,
  }
}

export function eligibleProduct(overrides: Partial<EligibleProduct> = {}): EligibleProduct {
  return {
    id: 'prod-1',
    nameZh: '祁门红茶 特级',
    nameEn: 'Keemun Black Tea, Special Grade',
    skus: [{ code: 'QM-250', spec: '250 克罐装', priceFen: 12800, stock: 50, available: 40, enrolmentId: null, enrolmentStatus: null }],
    ...overrides,
  }
}

export function openCampaign(overrides: Partial<OpenCampaign> = {}): OpenCampaign {
  return { campaign: campaign({ status: 'OPEN', allowedActions: [] }), eligibleProducts: [eligibleProduct()], ...overrides }
}

export function enrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: 'e-1',
    version: 0,
    campaignId: 'c-spring',
    productId: 'prod-1',
    skuCode: 'QM-250',
    campaignPriceFen: 9900,
    quota: 20,
    perBuyerLimit: 2,
    status: 'PENDING',
    reason: null,
    reservation: 'NONE',
    sold: 0,
    campaign: { id: 'c-spring', nameZh: '春茶上新季', nameEn: 'Spring Tea Season', status: 'OPEN', startsAt: '2025-03-20T10:00', endsAt: '2025-04-20T22:00' },
    product: { id: 'prod-1', nameZh: '祁门红茶 特级', nameEn: 'Keemun Black Tea, Special Grade', producerId: 'p-1', producerNameZh: '祁门县祁红茶业专业合作社', region: '341024' },
    sku: { code: 'QM-250', spec: '250 克罐装', listPriceFen: 12800, stock: 50 },
    history: [],
    ...overrides,
  }
}
