import type { PlatformChannel, Shop, ShopRequest } from './api'

/** The connect / change form as the admin fills it; empty strings for what is not filled in. */
export interface ShopForm {
  channel: PlatformChannel | ''
  shopName: string
  gateway: string
  appKey: string
  appSecret: string
  accessToken: string
  /** ISO-8601 instant or empty. */
  tokenExpiresAt: string
  qps: number | null
}

export type ShopFormField = keyof ShopForm
/** A field and the message key of what is wrong with it. */
export type ShopFormProblem = [ShopFormField, string]

export function emptyShopForm(): ShopForm {
  return { channel: '', shopName: '', gateway: '', appKey: '', appSecret: '', accessToken: '', tokenExpiresAt: '', qps: null }
}

/** A change starts from the shop as it is, with the secret and token blank: left blank, they stay as stored. */
export function shopFormOf(shop: Shop): ShopForm {
  return {
    channel: shop.channel,
    shopName: shop.shopName,
    gateway: shop.gateway,
    appKey: '',
    appSecret: '',
    accessToken: '',
    tokenExpiresAt: shop.tokenExpiresAt ?? '',
    qps: shop.qps,
  }
}

/** What the form lacks before it is worth sending; the server checks again and has the last word. */
export function shopFormProblems(form: ShopForm, connecting: boolean): ShopFormProblem[] {
  const problems: ShopFormProblem[] = []
  if (!form.channel) problems.push(['channel', 'channels.form.required'])
  if (!form.shopName.trim()) problems.push(['shopName', 'channels.form.required'])
  if (!isHttpUrl(form.gateway.trim())) problems.push(['gateway', 'channels.form.badUrl'])
  if (connecting && !form.appKey.trim()) problems.push(['appKey', 'channels.form.required'])
  if (connecting && !form.appSecret.trim()) problems.push(['appSecret', 'channels.form.required'])
  if (connecting && !form.accessToken.trim()) problems.push(['accessToken', 'channels.form.required'])
  if (form.qps !== null && (!Number.isInteger(form.qps) || form.qps < 1 || form.qps > 10000)) {
    problems.push(['qps', 'channels.form.badQps'])
  }
  return problems
}

/** The request to send; on a change a blank app key, secret or token keeps the shop's own. */
export function shopRequest(form: ShopForm): ShopRequest {
  const blankToNull = (value: string) => (value.trim() ? value.trim() : null)
  return {
    channel: form.channel || null,
    shopName: form.shopName.trim(),
    gateway: form.gateway.trim(),
    appKey: blankToNull(form.appKey),
    appSecret: blankToNull(form.appSecret),
    accessToken: blankToNull(form.accessToken),
    tokenExpiresAt: blankToNull(form.tokenExpiresAt),
    qps: form.qps,
  }
}

export type TokenState = 'none' | 'expired' | 'soon' | 'ok'

/** Whether the shop's token has expired or runs out within a week. */
export function tokenState(expiresAt: string | null, now: Date = new Date()): TokenState {
  if (!expiresAt) return 'none'
  const left = new Date(expiresAt).getTime() - now.getTime()
  if (left <= 0) return 'expired'
  return left < 7 * 24 * 3600 * 1000 ? 'soon' : 'ok'
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}
