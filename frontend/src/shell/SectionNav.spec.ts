import { describe, expect, it } from 'vitest'
import { anonymous, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import SectionNav from './SectionNav.vue'

describe('SectionNav', () => {
  it('keeps the pavilion entry lit on every pavilion page and only there', { timeout: 30_000 }, async () => {
    for (const [path, lit] of [
      ['/', ['nav-pavilion']],
      ['/pavilion/search?q=tea', ['nav-pavilion']],
      ['/pavilion/prefectures/341500', ['nav-pavilion']],
      ['/pavilion/products/p-1', ['nav-pavilion']],
      ['/pavilion/producers/prod-1', ['nav-pavilion']],
      ['/login', []],
    ] as const) {
      stubBackend(anonymous)
      const { wrapper } = await mountWithHub(SectionNav, { path, props: { open: false } })
      const current = wrapper.findAll('.nav-link.current')

      expect({ path, lit: current.map((link) => link.attributes('data-testid')) }).toEqual({ path, lit })
      expect(current.map((link) => link.attributes('aria-current'))).toEqual(lit.map(() => 'page'))
      wrapper.unmount()
    }
  })

  it('names the signed-in user in the menu, where phones show them for want of room in the header', async () => {
    stubBackend(signedInAs(['PRODUCER'], '祁红茶农'))
    const { wrapper } = await mountWithHub(SectionNav, { path: '/', props: { open: true }, locale: 'en' })

    expect(wrapper.get('[data-testid="nav-current-user"]').text()).toBe('Signed in as 祁红茶农')
    wrapper.unmount()

    stubBackend(anonymous)
    const { wrapper: anonymousNav } = await mountWithHub(SectionNav, { path: '/', props: { open: true } })
    expect(anonymousNav.find('[data-testid="nav-current-user"]').exists()).toBe(false)
  })
})
