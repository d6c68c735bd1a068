import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and adapter packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@kubernetes/client-node",
  ],
  poweredByHeader: false,
  // A self-contained server (.next/standalone/server.js with only the node_modules it uses) for
  // the container image; `npm start` keeps serving the same build with `next start`.
  output: "standalone",
  // Read at run time, not imported: /readyz compares the applied migrations with the shipped ones.
  outputFileTracingIncludes: { "/**": ["prisma/migrations/**/*", "prisma/postgresql/migrations/**/*"] },
  // That read names process.cwd(), so the tracer takes the whole project: keep the sources out.
  outputFileTracingExcludes: {
    "/**": [
      "{app,components,e2e,lib,scripts,playwright-report,test-results,.scratch,.e2e,data}/**",
      "*.{md,ts,mjs,json,tsbuildinfo}",
      "prisma/*.ts",
    ],
  },
};

export default nextConfig;
