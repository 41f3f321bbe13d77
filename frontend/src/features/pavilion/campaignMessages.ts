/** Messages of campaigns in the pavilion (strip, landing page, badge, countdown); spread into the locales as `pavilionCampaigns`. */
export const pavilionCampaignsZh = {
  badge: '活动',
}

export const pavilionCampaignsEn: typeof pavilionCampaignsZh = {
  badge: 'Campaign',
}
