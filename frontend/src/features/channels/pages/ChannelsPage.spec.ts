import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { Shop } from '../api'
import ChannelsPage from './ChannelsPage.vue'

const paused: Shop = {
  id: 'acc-1',
  channel: 'JD',
  shopName: '皖货京东旗舰店',
  gateway: 'https://api.jd.com/routerjson',
  appKeyHint: '…9f3a',
  secretSet: true,
  tokenSet: true,
  tokenExpiresAt: '2020-01-01T00:00:00Z',
  status: 'NEEDS_REAUTHORIZATION',
  statusMessage: 'access_token 已过期',
  qps: 20,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
}

describe('ChannelsPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'admin-token')
    document.body.innerHTML = ''
  })

  it('lists shops with their status and the platform message, offers demo shops and connects one in a click', async () => {
    let connected = false
    stubBackend({
      ...signedInAs(['ADMIN'], '系统管理员'),
      'GET /api/channels': () => jsonResponse([paused]),
      'GET /api/channels/demo-shops': () =>
        jsonResponse([{ channel: 'TAOBAO', shopName: '淘宝演示店', gateway: 'http://127.0.0.1:9001/router', appKeyHint: '…demo', connected }]),
      'POST /api/channels/demo-shops/TAOBAO': () => {
        connected = true
        return jsonResponse({ ...paused, id: 'acc-2', channel: 'TAOBAO', shopName: '淘宝演示店', status: 'ACTIVE' }, 201)
      },
      'GET /api/channels/templates': () => jsonResponse([]),
    })
    const { wrapper } = await mountWithHub(ChannelsPage, { path: '/admin/channels' })
    await flushPromises()

    const table = wrapper.get('[data-testid="shops-table"]').text()
    expect(table).toContain('皖货京东旗舰店')
    expect(table).toContain('…9f3a')
    expect(table).toContain('access_token 已过期')
    expect(wrapper.get('[data-testid="shop-status-acc-1"]').text()).toBe('需重新授权')

    await wrapper.get('[data-testid="demo-connect-TAOBAO"]').trigger('click')
    await flushPromises()
    expect(connected).toBe(true)
    expect(wrapper.get('[data-testid="demo-connect-TAOBAO"]').text()).toBe('已连接')
  })
  it('tests a connection and shows the platform’s answer, or its refusal with what to do', async () => {
    const checks: string[] = []
    let refuse = false
    stubBackend({
      ...signedInAs(['ADMIN'], '系统管理员'),
      'GET /api/channels': () => jsonResponse([paused]),
      'GET /api/channels/demo-shops': () => jsonResponse([]),
      'GET /api/channels/templates': () => jsonResponse([]),
      'POST /api/channels/acc-1/check': () => {
        checks.push('acc-1')
        return jsonResponse(
          refuse
            ? { shopId: 'acc-1', reachable: false, millis: 40, failure: 'REAUTHORIZE', code: '19', message: 'access_token 已过期', checkedAt: '2026-12-03T00:00:00Z' }
            : { shopId: 'acc-1', reachable: true, millis: 123, failure: null, code: null, message: null, checkedAt: '2026-12-03T00:00:00Z' },
        )
      },
    })
    const { wrapper } = await mountWithHub(ChannelsPage, { path: '/admin/channels' })
    await flushPromises()

    await wrapper.get('[data-testid="shop-check-acc-1"]').trigger('click')
    await flushPromises()
    expect(checks).toEqual(['acc-1'])
    expect(document.body.querySelector('.el-message--success')?.textContent).toContain('皖货京东旗舰店 连接正常，平台 123 毫秒内应答')

    refuse = true
    await wrapper.get('[data-testid="shop-check-acc-1"]').trigger('click')
    await flushPromises()
    expect(checks).toEqual(['acc-1', 'acc-1'])
    expect(document.body.querySelector('.el-message--error')?.textContent).toContain(
      '皖货京东旗舰店 连接失败：access_token 已过期。授权已失效，请重新授权',
    )
  })
})
