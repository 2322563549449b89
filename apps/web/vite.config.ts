import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // `pnpm dev`: the API runs beside Vite; these paths go to it.
    // `^/dev/`, not `/dev`: a web route such as /developers stays with Vite
    proxy: {
      '/graphql': API,
      '/health': API,
      '/metrics': API,
      '^/dev/': API,
      '/uploads': API,
      '^/auth/': API, // single sign-on redirects
      '^/api/': API, // REST endpoints (personal data export)
      '/socket.io': { target: API, ws: true }, // real-time rooms
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate chunk stays cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
