import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import type { Component } from 'vue'
import { createHubI18n, type HubLocale } from '@/shared/i18n'
import { createHubRouter } from '@/router'

/** Mounts a component with the app's real pinia, i18n and router (memory history), as main.ts wires them. */
export async function mountWithHub(
  component: Component,
  options: { locale?: HubLocale; path?: string; props?: Record<string, unknown> } = {},
) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createHubI18n(options.locale ?? 'zh-CN')
  const router = createHubRouter(createMemoryHistory())
  await router.push(options.path ?? '/')
  await router.isReady()
  const wrapper = mount(component, { props: options.props, global: { plugins: [pinia, i18n, router] } })
  await flushPromises()
  return { wrapper, router, i18n }
}
