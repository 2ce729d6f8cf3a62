import type { ts } from "ts-morph";
import { normaliseModule } from "../sinks/compile-sink-catalog.js";

const packageInPath = /\/node_modules\/(?:@types\/)?((?:@[^/]+\/)?[^/]+)\//;

/**
 * Whether a module's declarations can occur in a program: it is a package one of the program's
 * files belongs to (under node_modules, or @types), or a module an ambient declaration or a module
 * augmentation names. The sink matcher skips receiver-type entries of absent modules instead of
 * asking the type of every method call's receiver. Answers "present" for every module when the
 * program is unknown or the compiler does not expose a file's ambient module names.
 */
export function programModules(program: ts.Program | undefined): (module: string) => boolean {
  if (!program) return () => true;
  let present: Set<string> | undefined;
  let complete = true;
  const collect = (): Set<string> => {
    const modules = new Set<string>();
    for (const sf of program.getSourceFiles()) {
      const m = packageInPath.exec(sf.fileName.replace(/\\/g, "/"));
      if (m) modules.add(m[1]!);
      // Set by the compiler while building the program (internal, stable since TypeScript 2.x):
      // `declare module "x"` in scripts, and augmentations `declare module "x"` in modules.
      const internal = sf as unknown as {
        ambientModuleNames?: readonly string[];
        moduleAugmentations?: readonly { text: string }[];
      };
      if (
        !Array.isArray(internal.ambientModuleNames) ||
        !Array.isArray(internal.moduleAugmentations)
      )
        complete = false;
      for (const name of internal.ambientModuleNames ?? []) modules.add(normaliseModule(name));
      for (const name of internal.moduleAugmentations ?? [])
        modules.add(normaliseModule(name.text));
    }
    for (const symbol of program.getTypeChecker().getAmbientModules())
      modules.add(normaliseModule(symbol.name.replace(/^["']|["']$/g, "")));
    return modules;
  };
  return (module) => {
    present ??= collect();
    return !complete || present.has(module);
  };
}
