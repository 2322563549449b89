import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // `pnpm dev`: the API runs beside Vite; these paths go to it.
    proxy: { '/graphql': API, '/health': API, '/metrics': API },
  },
  build: { outDir: 'dist', sourcemap: true },
});
