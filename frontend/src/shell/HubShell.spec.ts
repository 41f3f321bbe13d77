import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { anonymous, jsonResponse, noContent, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { LOCALE_STORAGE_KEY } from '@/shared/i18n'
import HubShell from './HubShell.vue'

describe('HubShell', () => {
  beforeEach(() => localStorage.clear())

  it('switches the navigation from Chinese to English and remembers the choice', async () => {
    stubBackend({ ...anonymous, 'GET /api/regions': () => jsonResponse([]) })
    const { wrapper } = await mountWithHub(HubShell)
    const nav = () => wrapper.get('[data-testid="nav-pavilion"]').text()

    expect(nav()).toBe('安徽馆')
    expect(wrapper.get('[data-testid="nav-admin"]').text()).toBe('管理')
    expect(document.documentElement.lang).toBe('zh-CN')

    await wrapper.get('[data-testid="lang-switch"]').trigger('click')

    expect(nav()).toBe('Pavilion')
    expect(wrapper.get('[data-testid="nav-admin"]').text()).toBe('Admin')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
  })

  it('offers a login link to anonymous visitors', async () => {
    stubBackend({ ...anonymous, 'GET /api/regions': () => jsonResponse([]) })
    const { wrapper } = await mountWithHub(HubShell)

    expect(wrapper.find('[data-testid="login-link"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="current-user"]').exists()).toBe(false)
  })

  it('shows the signed-in user and returns to anonymous after logout', async () => {
    setCookie('XSRF-TOKEN', 't')
    stubBackend({
      ...signedInAs(['ADMIN'], '系统管理员'),
      'GET /api/regions': () => jsonResponse([]),
      'GET /api/admin/accounts': () => jsonResponse({ total: 0, page: 0, size: 20, items: [] }),
      'POST /api/auth/logout': () => noContent(),
    })
    const { wrapper, router } = await mountWithHub(HubShell, { path: '/admin' })

    expect(wrapper.get('[data-testid="current-user"]').text()).toBe('系统管理员')
    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('账号管理')

    await wrapper.get('[data-testid="logout"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="current-user"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="login-link"]').exists()).toBe(true)
    expect(router.currentRoute.value.name).toBe('pavilion')
  })

  it('shows the reviews entry only to reviewers and administrators', async () => {
    for (const [roles, shown] of [
      [[], false],
      [['PRODUCER', 'BUYER'], false],
      [['REVIEWER'], true],
      [['ADMIN'], true],
    ] as const) {
      stubBackend({
        ...(roles.length ? signedInAs([...roles]) : anonymous),
        'GET /api/regions': () => jsonResponse([]),
      })
      const { wrapper } = await mountWithHub(HubShell)

      expect(wrapper.find('[data-testid="nav-reviews"]').exists()).toBe(shown)
      if (shown) expect(wrapper.get('[data-testid="nav-reviews"]').text()).toBe('审核')
      wrapper.unmount()
    }
  })
})
