import type { ts } from "ts-morph";
import { normaliseModule } from "../sinks/compile-sink-catalog.js";

const packageInPath = /\/node_modules\/(?:@types\/)?((?:@[^/]+\/)?[^/]+)\//;

/** What the engine may ask about the modules of a program (see {@link programModules}). */
export interface ProgramModules {
  /** Whether types declared by the module can occur in the program. */
  present(module: string): boolean;
  /** Whether any file of the program names the module at all (imports, requires, declarations). */
  mentioned(module: string): boolean;
}

const unknownProgram: ProgramModules = { present: () => true, mentioned: () => true };

/**
 * Whether a module's declarations can occur in a program: it is a package one of the program's
 * files belongs to (under node_modules, or @types), or a module an ambient declaration or a module
 * augmentation names. The sink matcher skips receiver-type entries of absent modules instead of
 * asking the type of every method call's receiver. Answers "present" for every module when the
 * program is unknown or the compiler does not expose a file's ambient module names. `mentioned`
 * also looks for the name in the files' text (a module imported but not installed still names
 * qualified sinks), once per module.
 */
export function programModules(program: ts.Program | undefined): ProgramModules {
  if (!program) return unknownProgram;
  const mentions = new Map<string, boolean>();
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
  const present_ = (module: string): boolean => {
    present ??= collect();
    return !complete || present.has(module);
  };
  return {
    present: present_,
    mentioned(module) {
      let hit = mentions.get(module);
      if (hit === undefined) {
        hit = present_(module) || program.getSourceFiles().some((sf) => sf.text.includes(module));
        mentions.set(module, hit);
      }
      return hit;
    },
  };
}
