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
};

export default nextConfig;
