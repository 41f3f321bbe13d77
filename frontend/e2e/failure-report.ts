import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach } from 'vitest'
import { openPages, screenshots } from './browser'

/*
 * When a journey fails, says what the user was looking at: the page's address, the messages and field errors on
 * screen, and the API answers that were not a success, and keeps a screenshot. A CI log then tells a refused login
 * from a slow page without the run being repeated.
 */
const failures = join(screenshots, 'failures')
const SHOWN_TO_USER = '.el-message, .el-form-item__error, .el-alert, .el-notification, [role="alert"]'

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    for (const [page, failedAnswers] of openPages) {
      if (page.isClosed()) continue
      const shown = await page
        .locator(SHOWN_TO_USER)
        .allInnerTexts()
        .catch(() => [])
      const name = `${task.file?.name ?? 'e2e'} ${task.name}`.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 120)
      await mkdir(failures, { recursive: true })
      const picture = join(failures, `${name}.png`)
      await page.screenshot({ path: picture, fullPage: true }).catch(() => undefined)
      console.error(
        [
          `[failed] ${task.name}`,
          `  page: ${page.url()}`,
          `  on screen: ${shown.map((text) => text.trim()).filter(Boolean).join(' | ') || '(no message)'}`,
          `  failed API answers: ${failedAnswers.join('; ') || '(none)'}`,
          `  screenshot: ${picture}`,
        ].join('\n'),
      )
    }
  })
})
