import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/dist/index.css'
import '@/shared/ui/theme.css'
import '@/shared/ui/page.css'
import App from './App.vue'
import { createHubI18n } from './shared/i18n'
import { createHubRouter } from './router'

createApp(App).use(createPinia()).use(createHubI18n()).use(createHubRouter()).mount('#app')
