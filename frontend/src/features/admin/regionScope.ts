/** The province itself: a reviewer scoped to it sees producers from all of Anhui. */
export const ANHUI_PROVINCE_CODE = '340000'
