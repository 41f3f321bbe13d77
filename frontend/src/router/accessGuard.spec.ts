import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { anonymous, signedInAs, stubBackend } from '@/test/backend'
import { decideAccess } from './accessGuard'
import { createHubRouter } from '.'

async function navigate(path: string) {
  const router = createHubRouter(createMemoryHistory())
  await router.push(path)
  return router.currentRoute.value
}

describe('access guard', () => {
  // The routes' pages load lazily; compiled once up front, so a busy machine cannot time out the first navigation.
  beforeAll(async () => {
    await Promise.all([
      import('@/features/auth/pages/LoginPage.vue'),
      import('@/features/admin/pages/AccountsPage.vue'),
      import('@/features/reviews/pages/ReviewsPage.vue'),
      import('@/features/producer/pages/ProducerFormPage.vue'),
    ])
  }, 60_000)
  beforeEach(() => setActivePinia(createPinia()))

  it('redirects an anonymous visitor of /admin to the login page, remembering where to return', async () => {
    stubBackend(anonymous)

    const route = await navigate('/admin')

    expect(route.name).toBe('login')
    expect(route.query.redirect).toBe('/admin')
  })

  it('lets an ADMIN into /admin', async () => {
    stubBackend(signedInAs(['ADMIN']))

    expect((await navigate('/admin')).name).toBe('admin')
  })

  it('opens the review queue to reviewers and administrators only', async () => {
    stubBackend(signedInAs(['REVIEWER']))
    expect((await navigate('/reviews')).name).toBe('reviews')

    setActivePinia(createPinia())
    stubBackend(signedInAs(['PRODUCER']))
    expect((await navigate('/reviews')).name).toBe('no-access')
  })

  it('opens producer registration to producer accounts', async () => {
    stubBackend(signedInAs(['PRODUCER']))
    expect((await navigate('/producer/new')).name).toBe('producer-new')
    expect((await navigate('/producer/p-1/edit')).params.id).toBe('p-1')
  })

  it('shows the no-access page to a signed-in user without the role', async () => {
    stubBackend(signedInAs(['CONSUMER']))

    const route = await navigate('/matchmaking')

    expect(route.name).toBe('no-access')
    expect(route.query.from).toBe('/matchmaking')
  })

  it('keeps public pages open to anonymous visitors', async () => {
    stubBackend(anonymous)

    expect((await navigate('/')).name).toBe('pavilion')
    expect((await navigate('/no/such/page')).name).toBe('not-found')
  })

  it('treats an unreachable backend as anonymous rather than failing navigation', async () => {
    stubBackend({
      'GET /api/auth/me': () => {
        throw new TypeError('Failed to fetch')
      },
    })

    expect((await navigate('/producer')).name).toBe('login')
  })
})

describe('decideAccess', () => {
  it('allows anyone on a route without roles', () => {
    expect(decideAccess(undefined, null)).toBe('allow')
  })

  it('allows a user holding any one of the required roles', () => {
    expect(decideAccess(['BUYER', 'PRODUCER'], { roles: ['PRODUCER'] })).toBe('allow')
  })

  it('asks anonymous users to log in and denies users without the role', () => {
    expect(decideAccess(['ADMIN'], null)).toBe('login')
    expect(decideAccess(['ADMIN'], { roles: ['REVIEWER'] })).toBe('deny')
  })
})
