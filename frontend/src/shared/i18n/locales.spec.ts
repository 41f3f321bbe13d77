import { describe, expect, it } from 'vitest'
import en from './locales/en'
import zhCN from './locales/zh-CN'

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

function valueAt(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
}

const HAN = /\p{Script=Han}/u

describe('locale messages', () => {
  it('has every zh-CN key in en', () => {
    expect(keysOf(zhCN).filter((key) => !keysOf(en).includes(key))).toEqual([])
  })

  it('has every en key in zh-CN', () => {
    expect(keysOf(en).filter((key) => !keysOf(zhCN).includes(key))).toEqual([])
  })

  it('has no empty message', () => {
    const empty = [...keysOf(zhCN).map((k) => ['zh-CN', k]), ...keysOf(en).map((k) => ['en', k])].filter(
      ([locale, key]) => String(valueAt(locale === 'en' ? en : zhCN, key!)).trim() === '',
    )
    expect(empty).toEqual([])
  })

  it('keeps Chinese text out of the English messages, except the name of the Chinese language', () => {
    const chinese = keysOf(en).filter((key) => key !== 'language.zhCN' && HAN.test(String(valueAt(en, key))))
    expect(chinese).toEqual([])
  })

  it('keeps Chinese text out of components, so every visible string goes through vue-i18n', () => {
    const components = import.meta.glob<string>('/src/**/*.vue', { query: '?raw', import: 'default', eager: true })
    const withChinese = Object.entries(components)
      .filter(([, source]) => HAN.test(source))
      .map(([path]) => path)
    expect(Object.keys(components).length).toBeGreaterThan(10)
    expect(withChinese).toEqual([])
  })
})
