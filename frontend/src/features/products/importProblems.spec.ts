import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { messages, type HubLocale } from '@/shared/i18n'
import type { RowProblem } from './importApi'
import { columnLabel, problemText, type Translator } from './importProblems'

function translator(locale: HubLocale): Translator {
  const { t, te } = createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages }).global
  return { t: (key, named) => t(key, named), te: (key) => te(key) }
}

const zh = translator('zh-CN')
const en = translator('en')
const grade: RowProblem = {
  row: 4,
  column: 'grade',
  code: 'one-of',
  args: { allowed: ['SUPER', 'FIRST', 'SECOND', 'THIRD'] },
  message: 'must be one of [SUPER, FIRST, SECOND, THIRD]',
}

describe('problemText', () => {
  it('says the allowed tea grades with their labels and the codes to write', () => {
    expect(problemText(grade, zh)).toEqual({ text: '须为以下之一：特级（SUPER）、一级（FIRST）、二级（SECOND）、三级（THIRD）', translated: true })
    expect(problemText(grade, en).text).toBe(
      'must be one of: Special grade (SUPER), First grade (FIRST), Second grade (SECOND), Third grade (THIRD)',
    )
  })

  it('shows allowed values without a label as they are', () => {
    const problem = { ...grade, column: 'unlabelled', args: { allowed: ['A', 'B'] } }
    expect(problemText(problem, zh).text).toBe('须为以下之一：A、B')
  })

  it('fills in the args of a code', () => {
    const tooLong = { row: 2, column: 'name_zh', code: 'too-long', args: { max: 60 }, message: 'size must be between 0 and 60' }
    expect(problemText(tooLong, zh).text).toBe('不能超过 60 个字符')
    expect(problemText({ ...tooLong, code: 'between', args: { min: '1', max: '50000' } }, en).text).toBe('must be between 1 and 50000')
    expect(problemText({ row: 2, column: 'price_yuan', code: 'price-decimals', args: {}, message: 'x' }, zh).text).toBe(
      '小数不能超过两位（精确到分）',
    )
  })

  it('says a pattern the way its column is written, else generically', () => {
    const pattern = { row: 2, column: 'barcode', code: 'pattern', args: { regexp: '\\d{8}' }, message: '8, 12, 13 or 14 digits' }
    expect(problemText(pattern, zh).text).toBe('须为 8、12、13 或 14 位数字')
    expect(problemText({ ...pattern, column: 'variety' }, zh).text).toBe('格式不正确')
  })

  it('falls back to the server message for an unknown code, invalid, no code or missing args', () => {
    const unknown = { row: 2, column: 'spec', code: 'from-the-future', args: {}, message: 'is odd' }
    expect(problemText(unknown, zh)).toEqual({ text: 'is odd', translated: false })
    expect(problemText({ ...unknown, code: 'invalid' }, zh)).toEqual({ text: 'is odd', translated: false })
    expect(problemText({ row: 2, column: 'grade', message: 'stored before codes' }, zh)).toEqual({
      text: 'stored before codes',
      translated: false,
    })
    expect(problemText({ ...grade, args: {} }, zh)).toEqual({ text: grade.message, translated: false })
  })
})

describe('columnLabel', () => {
  it('names common columns and category attributes in the user language', () => {
    expect(columnLabel('price_yuan', zh)).toBe('价格（元）')
    expect(columnLabel('grade', zh)).toBe('等级')
    expect(columnLabel('grade', en)).toBe('Grade')
  })

  it('has no label for an unknown column or a whole row', () => {
    expect(columnLabel('colour', zh)).toBeNull()
    expect(columnLabel('', zh)).toBeNull()
  })
})
