import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import { signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import OrganizerHomePage from './OrganizerHomePage.vue'

describe('OrganizerHomePage', () => {
  enableAutoUnmount(afterEach)

  it('leads the organizer to the campaigns, a new campaign, the enrolment review and the calendar', async () => {
    stubBackend(signedInAs(['ORGANIZER']))
    const { wrapper } = await mountWithHub(OrganizerHomePage, { path: '/organizer' })

    const links = wrapper.findAll('a[data-testid^="organizer-link-"]')
    expect(links.map((link) => link.attributes('href'))).toEqual([
      '/organizer/campaigns',
      '/organizer/campaigns/new',
      '/organizer/enrolments',
      '/organizer/calendar',
    ])
    expect(links.map((link) => link.get('strong').text())).toEqual(['活动列表', '创建活动', '报名审核', '活动日历'])
  })
})
