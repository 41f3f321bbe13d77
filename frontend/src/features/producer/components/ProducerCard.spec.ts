import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import { jsonResponse, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { producer, profile, regions } from '../testFixtures'
import ProducerCard from './ProducerCard.vue'

async function mountCard(shown = producer()) {
  stubBackend({ ...signedInAs(['PRODUCER']), 'GET /api/regions': () => jsonResponse(regions) })
  const { wrapper } = await mountWithHub(ProducerCard, { path: '/producer', props: { producer: shown } })
  return wrapper
}

describe('ProducerCard', () => {
  enableAutoUnmount(afterEach)

  it('shows the logo from the pavilion’s pictures', async () => {
    const wrapper = await mountCard(producer({ logoFileId: 'logo-3', verification: 'VERIFIED' }))

    const logo = wrapper.get('img[data-testid="producer-logo"]')
    expect(logo.attributes('src')).toBe('/api/pavilion/images/logo-3')
    expect(logo.attributes('alt')).toBe('祁门县祁红茶业专业合作社的标志')
    expect(wrapper.find('[data-testid="producer-logo-placeholder"]').exists()).toBe(false)
  })

  it('stands in the first character of the name while there is no logo', async () => {
    const wrapper = await mountCard(producer({ profile: profile({ legalNameZh: '歙县徽墨厂' }) }))

    expect(wrapper.get('[data-testid="producer-logo-placeholder"]').text()).toBe('歙')
    expect(wrapper.find('img[data-testid="producer-logo"]').exists()).toBe(false)
  })
})
