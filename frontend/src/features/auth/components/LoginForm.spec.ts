import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { useSessionStore } from '../session'
import LoginForm from './LoginForm.vue'

async function submitCredentials(wrapper: VueWrapper, username: string, password: string): Promise<void> {
  await wrapper.get('[data-testid="login-username"]').setValue(username)
  await wrapper.get('[data-testid="login-password"]').setValue(password)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('LoginForm', () => {
  beforeEach(() => setCookie('XSRF-TOKEN', 't'))

  it('shows the server’s explanation when the credentials are rejected', async () => {
    stubBackend({
      'POST /api/auth/login': () =>
        problemResponse({ status: 401, title: 'Unauthorized', detail: '用户名或密码错误' }),
    })
    const { wrapper } = await mountWithHub(LoginForm, { path: '/login' })

    await submitCredentials(wrapper, 'admin', 'wrong')

    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('用户名或密码错误')
    expect(wrapper.emitted('signedIn')).toBeUndefined()
  })

  it('asks for both fields before calling the server', async () => {
    const calls = stubBackend({ 'POST /api/auth/login': () => jsonResponse({}) })
    const { wrapper } = await mountWithHub(LoginForm, { path: '/login' })

    await submitCredentials(wrapper, '', '')

    expect(calls.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0)
    expect(wrapper.emitted('signedIn')).toBeUndefined()
  })

  it('tells a throttled user when to retry', async () => {
    stubBackend({
      'POST /api/auth/login': () =>
        problemResponse({ status: 429, title: 'Too Many Requests', detail: 'Too many attempts' }, { 'Retry-After': '42' }),
    })
    const { wrapper } = await mountWithHub(LoginForm, { path: '/login', locale: 'en' })

    await submitCredentials(wrapper, 'admin', 'wrong')

    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('retry in 42 seconds')
  })

  it('places field errors next to their fields', async () => {
    stubBackend({
      'POST /api/auth/login': () =>
        problemResponse({
          status: 400,
          title: 'Bad Request',
          detail: 'Invalid request',
          errors: [{ field: 'password', message: 'must not be blank' }],
        }),
    })
    const { wrapper } = await mountWithHub(LoginForm, { path: '/login' })

    await submitCredentials(wrapper, 'admin', ' ')

    const passwordItem = wrapper.get('[data-testid="login-password"]').element.closest('.el-form-item')
    // Element Plus reveals a form item's error after a 100 ms debounce.
    await vi.waitFor(() => expect(passwordItem?.textContent).toContain('must not be blank'))
  })

  it('signs the user in and reports who it is', async () => {
    const admin = { username: 'admin', displayName: '系统管理员', roles: ['ADMIN'], regionScope: null }
    const fetchMock = stubBackend({ 'POST /api/auth/login': () => jsonResponse(admin) })
    const { wrapper } = await mountWithHub(LoginForm, { path: '/login' })

    await submitCredentials(wrapper, 'admin', 'secret')

    expect(wrapper.emitted('signedIn')).toEqual([[admin]])
    expect(useSessionStore().user).toEqual(admin)
    const login = fetchMock.mock.calls.find(([url]) => String(url) === '/api/auth/login')
    expect(JSON.parse(String(login?.[1]?.body))).toEqual({ username: 'admin', password: 'secret' })
  })
})
