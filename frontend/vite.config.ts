import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { bpmnlint } from './vite-plugin-bpmnlint';

// Everything the Spring Boot backend serves; the dev server forwards it so the app runs same-origin.
// CLEARANCE_BACKEND points the dev server at a backend on another port.
const backend = process.env.CLEARANCE_BACKEND ?? 'http://localhost:8080';
const backendPaths = ['/api', '/engine-rest', '/camunda', '/actuator'];

export default defineConfig({
  plugins: [react(), bpmnlint()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Packed into the clearance-frontend jar under static/, which Spring Boot serves at /.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // bpmn-js with the Camunda properties panel, element templates and bpmnlint is one chunk of about 2.5 MB
    // (about 600 kB gzipped); only the modeler's diagram screens load it (React.lazy), never the rest of the app.
    chunkSizeWarningLimit: 3000,
  },
  server: {
    proxy: Object.fromEntries(backendPaths.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // The build machines are shared: typing with user-event can take several seconds when they are busy.
    testTimeout: 20_000,
  },
});
