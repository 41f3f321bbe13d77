import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const backend = 'http://localhost:8080'
const proxiedToBackend = ['/api', '/actuator', '/v3', '/swagger-ui']

// The build lands in target/classes/static so the Maven jar carries it and Spring Boot serves it at `/`.
export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: Object.fromEntries(proxiedToBackend.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
  },
})
