import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { pavilionApi, type Region } from '../api'

/** Anhui's regions, fetched once per visit; they change only with a new data release. */
export const useRegionsStore = defineStore('regions', () => {
  const regions = ref<Region[]>([])
  const status = ref<'idle' | 'loading' | 'ready' | 'failed'>('idle')
  const error = shallowRef<unknown>(null)

  const prefectures = computed(() =>
    regions.value.filter((region) => region.level === 'PREFECTURE').sort((a, b) => a.code.localeCompare(b.code)),
  )

  const byCode = computed(() => new Map(regions.value.map((region) => [region.code, region])))

  function find(code: string | null | undefined): Region | undefined {
    return code ? byCode.value.get(code) : undefined
  }

  async function load(): Promise<void> {
    status.value = 'loading'
    error.value = null
    try {
      regions.value = await pavilionApi.regions()
      status.value = 'ready'
    } catch (caught) {
      error.value = caught
      status.value = 'failed'
    }
  }

  async function ensureLoaded(): Promise<void> {
    if (status.value === 'idle' || status.value === 'failed') await load()
  }

  return { regions, prefectures, status, error, find, load, ensureLoaded }
})
