/**
 * Messages of the bulk import problem list; spread into the locales as `importProblems`. `codes` are the server's
 * problem codes (docs/product-import.md); a code missing here shows the server's English message instead.
 */
export const importProblemsZh = {
  codes: {
    required: '必填',
    'too-long': '不能超过 {max} 个字符',
    size: '长度须在 {min} 到 {max} 之间',
    'one-of': '须为以下之一：{allowed}',
    number: '须为数字',
    'whole-number': '须为整数',
    between: '须在 {min} 到 {max} 之间',
    min: '不能小于 {value}',
    max: '不能大于 {value}',
    positive: '须大于 0',
    'not-negative': '不能小于 0',
    pattern: '格式不正确',
    'unknown-attribute': '不是该品类的属性',
    price: '须为以元为单位的价格，例如 128.00',
    'price-decimals': '小数不能超过两位（精确到分）',
    'gtin-check-digit': '条码校验位错误',
    'sku-repeated': '与本商品的另一规格编码重复',
    'under-review': '所属商品正在审核中，审核结束后再导入',
  },
  /** The `pattern` code said per column, the way the cell is written. */
  patterns: {
    sku_code: '须为 1–40 位字母、数字、下划线（_）、点（.）或连字符（-）',
    barcode: '须为 8、12、13 或 14 位数字',
  },
  /** A choice as the list of allowed values shows it: the label, and the code to write in the file. */
  choice: '{label}（{code}）',
  /** Labels of the template's common columns; the category attributes use products.attributes.labels. */
  columns: {
    sku_code: '规格编码',
    spec: '规格',
    price_yuan: '价格（元）',
    stock: '库存',
    barcode: '条码',
    weight_grams: '重量（克）',
    name_zh: '商品名称（中文）',
    name_en: '商品名称（英文）',
    description_zh: '商品描述（中文）',
    description_en: '商品描述（英文）',
  },
}

export const importProblemsEn: typeof importProblemsZh = {
  codes: {
    required: 'is required',
    'too-long': 'must be at most {max} characters',
    size: 'must have between {min} and {max} characters',
    'one-of': 'must be one of: {allowed}',
    number: 'must be a number',
    'whole-number': 'must be a whole number',
    between: 'must be between {min} and {max}',
    min: 'must be at least {value}',
    max: 'must be at most {value}',
    positive: 'must be greater than 0',
    'not-negative': 'must not be negative',
    pattern: 'has the wrong format',
    'unknown-attribute': 'is not an attribute of this category',
    price: 'must be a price in yuan, such as 128.00',
    'price-decimals': 'has more than two decimals (fen)',
    'gtin-check-digit': 'has a wrong barcode check digit',
    'sku-repeated': 'repeats another SKU code of this product',
    'under-review': 'belongs to a product under review; import it again after the review',
  },
  patterns: {
    sku_code: 'must be 1 to 40 letters, digits, underscores (_), dots (.) or hyphens (-)',
    barcode: 'must be 8, 12, 13 or 14 digits',
  },
  choice: '{label} ({code})',
  columns: {
    sku_code: 'SKU code',
    spec: 'Specification',
    price_yuan: 'Price (yuan)',
    stock: 'Stock',
    barcode: 'Barcode',
    weight_grams: 'Weight (g)',
    name_zh: 'Name (Chinese)',
    name_en: 'Name (English)',
    description_zh: 'Description (Chinese)',
    description_en: 'Description (English)',
  },
}
