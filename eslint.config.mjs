import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

/*
 * Next's rules, plus the architecture as rules a wrong import breaks (README, "Layout"):
 * - pure domain folders import no I/O;
 * - only lib/kube talks to @kubernetes/client-node;
 * - app/ and components/ never reach the database, queries or mutations (pages call queries;
 *   components render what they are given and call server actions);
 * - product code reaches the demo only through lib/demo's index, and test support never.
 */

const PURE = ["lib/versions", "lib/skew", "lib/validation"];
const IO = [
  "@/lib/db",
  "@/lib/generated/**",
  "@/lib/kube/**",
  "@/lib/**/queries",
  "@/lib/**/mutations",
  "@/lib/**/actions",
  "node:fs",
  "node:net",
  "node:http",
  "node:https",
  "fs",
  "net",
  "http",
  "https",
];
const DEMO_INSIDE = {
  group: ["@/lib/demo/*", "@/lib/demo/**", "**/lib/demo/*/**"],
  message: 'Product code reaches the demo only through its seam: import from "@/lib/demo".',
};
const TEST_SUPPORT = { group: ["@/lib/testing/**", "**/lib/testing/**"], message: "Test support is for tests only." };
const KUBE_CLIENT = {
  group: ["@kubernetes/client-node"],
  message: "Only lib/kube talks to Kubernetes: it returns Stepwise's own types.",
};

/** What the UI may not import to write: it calls server actions instead. */
const UI_WRITES = [
  "@/lib/db",
  "@/lib/generated/**",
  "@/lib/**/mutations",
  "@/lib/**/*-mutations",
  "@/lib/mutations/define-mutation",
];

const restricted = (...patterns) => ["error", { patterns }];

const config = [
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      "node_modules/**",
      "playwright-report/**",
      "test-results/**",
      ".e2e/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      // Stepwise does not use the React Compiler: TanStack Table's hooks are fine as they are.
      "react-hooks/incompatible-library": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "no-restricted-imports": restricted(DEMO_INSIDE, TEST_SUPPORT, KUBE_CLIENT),
    },
  },
  {
    files: PURE.map((folder) => `${folder}/**`),
    rules: {
      "no-restricted-imports": restricted(DEMO_INSIDE, TEST_SUPPORT, KUBE_CLIENT, {
        group: IO,
        message: "This folder is pure domain logic: no I/O. Take the data as arguments.",
      }),
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": restricted(DEMO_INSIDE, TEST_SUPPORT, KUBE_CLIENT, {
        group: UI_WRITES,
        message: "The UI never writes directly: call the server action (lib/<domain>/actions.ts).",
        allowTypeImports: true,
      }),
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": restricted(DEMO_INSIDE, TEST_SUPPORT, KUBE_CLIENT, {
        group: [...UI_WRITES, "@/lib/**/queries", "@/lib/reports/campaign-report", "@/lib/**/scans"],
        message:
          "Components render what their page loaded (app/**/page.tsx calls the queries) and call server actions.",
        allowTypeImports: true,
      }),
    },
  },
  {
    files: ["lib/kube/**"],
    rules: { "no-restricted-imports": restricted(DEMO_INSIDE, TEST_SUPPORT) },
  },
  {
    // The demo, tests, scripts and end-to-end journeys (with their Playwright config) may use everything.
    files: [
      "lib/demo/**",
      "lib/testing/**",
      "**/*.test.ts",
      "e2e/**",
      "playwright.config.ts",
      "scripts/**",
      "prisma/**",
      "instrumentation.ts",
    ],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
