// Builds wwwroot/css/app.css from our Sass (GOV.UK Frontend with Arial and no GOV.UK brand
// assets, plus accessible-autocomplete's styles) and copies GOV.UK Frontend's ES module and
// accessible-autocomplete's script beside our own modules. Called by dotnet build.
import { compile, NodePackageImporter } from "sass";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

// A UMD script, loaded with a classic deferred <script> before app.mjs. Its source map is not
// shipped, so the comment pointing at it goes too (devtools would request a missing file).
const autocomplete = readFileSync(
  join(here, "node_modules", "accessible-autocomplete", "dist", "accessible-autocomplete.min.js"),
  "utf8",
);
write(join(vendor, "accessible-autocomplete.min.js"), autocomplete.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n"));

for (const module of readdirSync(join(here, "js")).filter(name => name.endsWith(".mjs"))) {
  copyFileSync(join(here, "js", module), join(wwwroot, "js", module));
}
console.log("front end built into wwwroot/css and wwwroot/js");
