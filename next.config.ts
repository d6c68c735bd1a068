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
  // A self-contained server (.next/standalone/server.js with only the node_modules it uses): the
  // container image runs it, and `npm start` and the end-to-end journeys too (scripts/serve.mjs).
  output: "standalone",
  // Read at run time, not imported: /readyz compares the applied migrations with the shipped ones.
  outputFileTracingIncludes: { "/**": ["prisma/migrations/**/*", "prisma/postgresql/migrations/**/*"] },
};

export default nextConfig;
