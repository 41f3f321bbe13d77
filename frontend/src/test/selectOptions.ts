import { flushPromises, type VueWrapper } from '@vue/test-utils'

/** The options of an Element Plus select, which it renders outside the component (teleported to the body). */
export function optionsOf(wrapper: VueWrapper, testId: string): HTMLElement[] {
  const listId = wrapper.get(`[data-testid="${testId}"] input`).attributes('aria-controls')
  const list = listId ? document.getElementById(listId) : null
  if (!list) throw new Error(`no option list for ${testId}`)
  return [...list.querySelectorAll<HTMLElement>('.el-select-dropdown__item')]
}

/** Clicks the options with these labels, as a user picks them from the dropdown. */
export async function choose(wrapper: VueWrapper, testId: string, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    const option = optionsOf(wrapper, testId).find((item) => item.textContent?.trim() === label)
    if (!option) throw new Error(`no option “${label}” in ${testId}`)
    option.click()
    await flushPromises()
  }
}
