import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose } from '@/test/selectOptions'
import type { Product } from '../api'
import { content, product } from '../testFixtures'
import MyProductsPage from './MyProductsPage.vue'

const draft = product({ id: 'd', status: 'DRAFT', content: content({ nameZh: '黄山毛峰', nameEn: 'Huangshan Maofeng' }) })
const rejected = product({ id: 'r', status: 'REJECTED', rejectionReason: '图片不清晰', content: content({ nameZh: '太平猴魁' }) })
const approved = product({ id: 'a', status: 'APPROVED', content: content({ nameZh: '六安瓜片' }) })
const published = product({ id: 'p', status: 'PUBLISHED', pendingChange: content(), content: content({ nameZh: '祁门红茶' }) })

async function mountPage(products: Product[] = [draft, rejected, approved, published]) {
  let all = [...products]
  const act = (id: string, status: Product['status']) => () => {
    all = all.map((p) => (p.id === id ? { ...p, status } : p))
    return jsonResponse(all.find((p) => p.id === id))
  }
  const fetchMock = stubBackend({
    ...signedInAs(['PRODUCER']),
    'GET /api/products/mine': () => jsonResponse(all),
    'POST /api/products/d/submit': act('d', 'SUBMITTED'),
    'POST /api/products/a/publish': act('a', 'PUBLISHED'),
    'POST /api/products/p/delist': act('p', 'DELISTED'),
  })
  const mounted = await mountWithHub(MyProductsPage, { path: '/producer/products' })
  return { ...mounted, fetchMock }
}

function rows(wrapper: VueWrapper) {
  return wrapper.findAll('[data-testid="my-products-table"] tbody tr').map((row) => ({
    name: row.get('[data-testid="my-product-name"]').text(),
    status: row.get('[data-testid="product-status"]').text(),
    pending: row.find('[data-testid="product-pending-change"]').exists(),
    actions: row.findAll('button[data-testid^="my-product-"]').map((button) => button.attributes('data-testid')),
  }))
}

describe('MyProductsPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'producer-token')
    document.body.innerHTML = ''
  })

  it('lists the products with their state and the actions it allows', async () => {
    const { wrapper } = await mountPage()

    expect(rows(wrapper)).toEqual([
      { name: '黄山毛峰', status: '草稿', pending: false, actions: ['my-product-edit', 'my-product-submit'] },
      { name: '太平猴魁', status: '已驳回', pending: false, actions: ['my-product-edit'] },
      { name: '六安瓜片', status: '已通过', pending: false, actions: ['my-product-edit', 'my-product-publish'] },
      { name: '祁门红茶', status: '已上架', pending: true, actions: ['my-product-edit', 'my-product-delist'] },
    ])
    expect(wrapper.get('[data-testid="my-product-rejection"]').text()).toBe('驳回原因：图片不清晰')
  })

  it('filters by status and by name', async () => {
    const { wrapper } = await mountPage()

    await choose(wrapper, 'my-products-status-filter', '已上架')
    expect(rows(wrapper).map((row) => row.name)).toEqual(['祁门红茶'])

    await wrapper.get('[data-testid="my-products-status-filter"] .el-select__wrapper').trigger('mouseenter')
    await wrapper.get('[data-testid="my-products-status-filter"]').findComponent({ name: 'ElSelect' }).vm.$emit('clear')
    await wrapper.get('input[data-testid="my-products-search"]').setValue('maofeng')
    await flushPromises()
    expect(rows(wrapper).map((row) => row.name)).toEqual(['黄山毛峰'])
  })

  it('submits a draft and shows its new state', async () => {
    const { wrapper, fetchMock } = await mountPage()

    await wrapper.get('button[data-testid="my-product-submit"]').trigger('click')
    await flushPromises()

    const post = fetchMock.mock.calls.find(([url]) => String(url) === '/api/products/d/submit')
    expect(post?.[1]?.body).toBe('{}')
    expect(rows(wrapper)[0]).toMatchObject({ status: '审核中', actions: ['my-product-edit'] })
  })
})
