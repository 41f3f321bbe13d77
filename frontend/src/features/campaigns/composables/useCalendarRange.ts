import { computed, ref } from 'vue'
import { addDays, addMonths, monthGridDays, monthOf, weekDays } from '../calendarDates'
import { shanghaiToday } from '../shanghaiTime'

export type CalendarView = 'month' | 'week'

/** Which days the calendar shows: the weeks of a month or one week, around an anchor day, today in Shanghai at first. */
export function useCalendarRange(today: string = shanghaiToday()) {
  const view = ref<CalendarView>('month')
  const anchor = ref(today)
  const days = computed(() => (view.value === 'month' ? monthGridDays(monthOf(anchor.value)) : weekDays(anchor.value)))
  const from = computed(() => days.value[0]!)
  const to = computed(() => days.value.at(-1)!)

  function step(direction: 1 | -1): void {
    anchor.value =
      view.value === 'month' ? `${addMonths(monthOf(anchor.value), direction)}-01` : addDays(anchor.value, 7 * direction)
  }

  return {
    view,
    anchor,
    days,
    from,
    to,
    today,
    previous: () => step(-1),
    next: () => step(1),
    backToToday: () => (anchor.value = today),
  }
}
