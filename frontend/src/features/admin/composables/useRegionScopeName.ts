import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'vue-i18n'
import { useLocalizedName } from '@/shared/i18n'
import { useRegionsStore } from '@/features/pavilion/stores/regions'
import { ANHUI_PROVINCE_CODE } from '../regionScope'

/**
 * Names a region scope in the current language: Anhui for 340000, a prefecture's or county's name when the
 * code is known, else the code itself (regions not loaded yet, or a code this release does not know).
 */
export function useRegionScopeName(): (code: string) => string {
  const { t } = useI18n()
  const localizedName = useLocalizedName()
  const { regions } = storeToRefs(useRegionsStore())
  const byCode = computed(() => new Map(regions.value.map((region) => [region.code, region])))

  return (code) => {
    if (code === ANHUI_PROVINCE_CODE) return t('admin.regions.anhui')
    const region = byCode.value.get(code)
    return region ? localizedName(region) : code
  }
}
