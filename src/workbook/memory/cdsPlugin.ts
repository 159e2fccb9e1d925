/**
 * The CDS custom functions for HyperFormula, from the same code as the Excel ones (src/functions/impl), so that a
 * sheet evaluated in tests and in the preview computes exactly what Excel computes with the add-in.
 *
 * HyperFormula is GPLv3: this module is for tests and the preview page only, never the production add-in bundle.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
} from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
import { isCdsError, type CdsErrorCode } from "../../core/errors";
import { impl, type FunctionName } from "../../functions/impl";

const ERROR_TYPES: Record<CdsErrorCode, ErrorType> = {
  divisionByZero: ErrorType.DIV_BY_ZERO,
  invalidValue: ErrorType.VALUE,
  invalidNumber: ErrorType.NUM,
  notAvailable: ErrorType.NA,
};

/** HyperFormula's argument values as Excel hands them to a custom function: blank as null, numbers as numbers. */
function plain(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (typeof value === "object" && value !== null && "val" in value)
    return (value as { val: unknown }).val; // rich numbers (60%)
  return value;
}

function call(name: FunctionName, args: unknown[]): number | string | CellError {
  // Excel does not call a custom function with an error argument: the error propagates.
  const error = args.find((a): a is CellError => a instanceof CellError);
  if (error) return error;
  try {
    const fn = impl[name] as (...a: unknown[]) => number | string;
    return fn(...args.map(plain));
  } catch (e) {
    if (isCdsError(e)) return new CellError(ERROR_TYPES[e.code], e.message);
    throw e;
  }
}

const scalar = { argumentType: FunctionArgumentType.SCALAR };
const optional = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };

/** Excel name → [implementation, parameters]. */
const FUNCTIONS: Record<string, [FunctionName, Array<typeof scalar | typeof optional>]> = {
  "CDS.RATE": ["rate", [scalar, scalar]],
  "CDS.CHECK": ["check", [scalar, scalar, optional, optional]],
  "CDS.TARGET": ["target", [scalar, optional]],
  "CDS.TITLE": ["title", [scalar]],
  "CDS.NEEDED": ["needed", [scalar, scalar, scalar, optional]],
  "CDS.CHANGE": ["change", [scalar, scalar, scalar, optional, optional]],
};

/* eslint-disable @typescript-eslint/no-explicit-any -- HyperFormula does not export its AST and state types */
type Ast = { args: any[] };

export class CdsFunctionsPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, [method, parameters]]) => [name, { method, parameters }])
  );

  rate(ast: Ast, state: any) {
    return this.cds("CDS.RATE", ast, state);
  }
  check(ast: Ast, state: any) {
    return this.cds("CDS.CHECK", ast, state);
  }
  target(ast: Ast, state: any) {
    return this.cds("CDS.TARGET", ast, state);
  }
  title(ast: Ast, state: any) {
    return this.cds("CDS.TITLE", ast, state);
  }
  needed(ast: Ast, state: any) {
    return this.cds("CDS.NEEDED", ast, state);
  }
  change(ast: Ast, state: any) {
    return this.cds("CDS.CHANGE", ast, state);
  }

  /** Runs through HyperFormula's argument handling: an error argument propagates, as in Excel. */
  private cds(name: string, ast: Ast, state: any) {
    const [method] = FUNCTIONS[name];
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) =>
      call(method, args)
    );
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const names = Object.fromEntries(Object.keys(FUNCTIONS).map((n) => [n, n]));
let registered = false;

/** Registers the CDS functions with HyperFormula once (idempotent). */
export function registerCdsFunctions(): void {
  if (registered || HyperFormula.getRegisteredFunctionNames("enGB").includes("CDS.RATE")) {
    registered = true;
    return;
  }
  HyperFormula.registerFunctionPlugin(CdsFunctionsPlugin, { enGB: names, enUS: names });
  registered = true;
}
