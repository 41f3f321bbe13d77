/** Messages of the organizer's and producer's campaign pages; spread into the locales as `campaigns`. */
export const campaignsZh = {
  title: '活动',
}

export const campaignsEn: typeof campaignsZh = {
  title: 'Campaigns',
}
