import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useLocalizedName } from '@/shared/i18n'
import { useRegionsStore } from '@/features/pavilion/stores/regions'
import type { ProducerProfile } from '../api'

/**
 * Names where a producer is, in the current language: its prefecture, then its county when it names one.
 * A code the regions do not know (or not loaded yet) is shown as the code itself.
 */
export function useRegionName(): {
  regionName: (code: string) => string
  placeOf: (profile: Pick<ProducerProfile, 'prefectureCode' | 'countyCode'>) => string
} {
  const localizedName = useLocalizedName()
  const { regions } = storeToRefs(useRegionsStore())
  const byCode = computed(() => new Map(regions.value.map((region) => [region.code, region])))

  function regionName(code: string): string {
    const region = byCode.value.get(code)
    return region ? localizedName(region) : code
  }

  return {
    regionName,
    placeOf: ({ prefectureCode, countyCode }) =>
      countyCode ? `${regionName(prefectureCode)} / ${regionName(countyCode)}` : regionName(prefectureCode),
  }
}
