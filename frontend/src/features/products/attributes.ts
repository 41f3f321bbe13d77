import type { Category } from './api'

/** How one attribute is entered: free text, a whole or decimal number, one of fixed choices, or an Anhui county. */
export type AttributeSpec =
  | { name: string; type: 'text'; required: boolean; maxLength?: number }
  | { name: string; type: 'int' | 'number'; required: boolean; min?: number; max?: number }
  | { name: string; type: 'choice'; required: boolean; choices: readonly string[] }
  | { name: string; type: 'county'; required: boolean }

const text = (name: string, required: boolean, maxLength?: number): AttributeSpec => ({ name, type: 'text', required, maxLength })
const int = (name: string, required: boolean, min?: number, max?: number): AttributeSpec => ({ name, type: 'int', required, min, max })
const number = (name: string, required: boolean, min?: number, max?: number): AttributeSpec => ({
  name,
  type: 'number',
  required,
  min,
  max,
})
const choice = (name: string, required: boolean, choices: readonly string[]): AttributeSpec => ({
  name,
  type: 'choice',
  required,
  choices,
})

/** Labels of every choice live under `products.attributes.choices.<attribute>.<choice>`. */
export const ATTRIBUTE_SETS: Record<Category, readonly AttributeSpec[]> = {
  TEA: [
    text('variety', true, 40),
    choice('grade', true, ['SUPER', 'FIRST', 'SECOND', 'THIRD']),
    choice('harvest', true, ['PRE_QINGMING', 'PRE_GUYU', 'SPRING', 'SUMMER', 'AUTUMN']),
    int('harvestYear', true, 2000, 2100),
    { name: 'originCounty', type: 'county', required: false },
    int('netWeightGrams', true, 1, 50000),
  ],
  SILK: [text('fabric', true), number('momme', true, 2, 40), text('composition', true)],
  HOME_TEXTILES: [text('material', true), text('size', false), int('fillWeightGrams', false, 1)],
  CULTURAL_GOODS: [
    choice('craft', true, ['XUAN_PAPER', 'HUI_INK', 'SHE_INKSTONE', 'XUAN_BRUSH', 'OTHER']),
    text('material', false),
    text('dimensions', false),
  ],
  CRAFTS: [text('material', true), text('technique', false), text('dimensions', false)],
  FARM_PRODUCE: [
    int('netWeightGrams', true, 1),
    choice('season', false, ['SPRING', 'SUMMER', 'AUTUMN', 'WINTER']),
    int('shelfLifeDays', false, 1),
  ],
  FOOD: [int('netWeightGrams', true, 1), int('shelfLifeDays', true, 1, 3650), text('storage', false)],
  LIQUOR: [
    number('abv', true, 0.5, 75),
    int('volumeMl', true, 50, 10000),
    choice('aromaType', true, ['STRONG', 'LIGHT', 'SAUCE', 'RICE', 'MIXED', 'FENG', 'SESAME', 'OTHER']),
  ],
  HERBAL: [int('netWeightGrams', true, 1), text('processing', false), int('shelfLifeDays', false, 1)],
  TOURISM_SERVICE: [
    choice('serviceType', true, ['TICKET', 'TOUR', 'HOMESTAY', 'EXPERIENCE']),
    number('durationHours', true, 0.5, 240),
    int('validityDays', true, 1, 730),
    int('capacityPerDate', true, 1),
  ],
}
