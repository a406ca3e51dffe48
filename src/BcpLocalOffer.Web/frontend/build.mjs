// Builds wwwroot/css/app.css from our Sass (GOV.UK Frontend with Arial and no GOV.UK brand
// assets) and copies GOV.UK Frontend's ES module beside our own script. Called by dotnet build.
import { compile, NodePackageImporter } from "sass";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wwwroot = join(here, "..", "wwwroot");

function write(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

for (const [source, target] of [["app.scss", "app.css"], ["print.scss", "print.css"]]) {
  const result = compile(join(here, "scss", source), {
    style: "compressed",
    importers: [new NodePackageImporter()],
    quietDeps: true,
    silenceDeprecations: ["import"],
  });
  write(join(wwwroot, "css", target), result.css);
}

const vendor = join(wwwroot, "js", "vendor");
mkdirSync(vendor, { recursive: true });
copyFileSync(
  join(here, "node_modules", "govuk-frontend", "dist", "govuk", "govuk-frontend.min.js"),
  join(vendor, "govuk-frontend.min.js"),
);
copyFileSync(join(here, "js", "app.mjs"), join(wwwroot, "js", "app.mjs"));
console.log("front end built into wwwroot/css and wwwroot/js");
