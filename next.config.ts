import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers load native/wasm files at run time; bundling them breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "@neondatabase/serverless", "ws"],
  poweredByHeader: false,
};

export default nextConfig;
