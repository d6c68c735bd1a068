import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** A command's flags and the paths after them, or null once it has said what was wrong and how the command is called. */
export function argumentsOf<const T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${usage}`);
    return null;
  }
}

/** A command's flags (no paths), or null once it has said what was wrong and how the command is called. */
export function flagsOf<const T extends Options>(args: string[], options: T, usage: string) {
  const parsed = argumentsOf(args, options, usage);
  if (parsed && parsed.positionals.length > 0) {
    console.error(`Unexpected argument "${parsed.positionals[0]}".\n\n${usage}`);
    return null;
  }
  return parsed?.values ?? null;
}
