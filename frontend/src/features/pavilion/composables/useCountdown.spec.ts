import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { createHubI18n, type HubLocale } from '@/shared/i18n'
import { useCountdown } from './useCountdown'

const NOW = Date.parse('2026-03-17T05:59:58Z')

function countdownOf(target: () => string | null, locale: HubLocale = 'zh-CN') {
  let countdown!: ReturnType<typeof useCountdown>
  const Harness = defineComponent(() => {
    countdown = useCountdown(target)
    return () => h('span', countdown.text.value)
  })
  const wrapper = mount(Harness, { global: { plugins: [createHubI18n(locale)] } })
  return { wrapper, countdown }
}

describe('useCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => vi.useRealTimers())

  it('shows the two largest units left, in Chinese and English', () => {
    const inThreeDays = '2026-03-20T18:05:00+08:00'
    expect(countdownOf(() => inThreeDays).countdown.text.value).toBe('3天 4小时')
    expect(countdownOf(() => inThreeDays, 'en').countdown.text.value).toBe('3d 4h')
    expect(countdownOf(() => inThreeDays).countdown.fullText.value).toBe('3天 4小时 5分 2秒')
    expect(countdownOf(() => '2026-03-17T06:12:03Z', 'en').countdown.text.value).toBe('12m 5s')
  })

  it('reads a wall-clock time without an offset as Asia/Shanghai', () => {
    expect(countdownOf(() => '2026-03-17T15:00').countdown.text.value).toBe('1小时 0分')
  })

  it('ticks every second until the target passes, then reports it expired', async () => {
    const { wrapper, countdown } = countdownOf(() => '2026-03-17T06:00:01Z')
    expect(wrapper.text()).toBe('3秒')
    expect(countdownOf(() => '2026-03-17T06:00:01Z', 'en').wrapper.text()).toBe('3s')

    await vi.advanceTimersByTimeAsync(1000)
    expect(wrapper.text()).toBe('2秒')
    expect(countdown.expired.value).toBe(false)

    await vi.advanceTimersByTimeAsync(2000)
    expect(wrapper.text()).toBe('0秒')
    expect(countdown.expired.value).toBe(true)
  })

  it('follows a new target at once', async () => {
    const target = ref<string | null>('2026-03-17T06:00:00Z')
    const { countdown } = countdownOf(() => target.value)
    expect(countdown.text.value).toBe('2秒')

    target.value = '2026-03-18T06:00:00Z'
    expect(countdown.text.value).toBe('1天 0小时')
    target.value = null
    expect(countdown.remainingMs.value).toBeNull()
    expect(countdown.expired.value).toBe(false)
  })

  it('stops its timer when the component goes', () => {
    const { wrapper } = countdownOf(() => '2026-03-18T06:00:00Z')
    expect(vi.getTimerCount()).toBeGreaterThan(0)

    wrapper.unmount()

    expect(vi.getTimerCount()).toBe(0)
  })
})
