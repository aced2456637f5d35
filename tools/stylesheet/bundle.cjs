"use strict";
// The site's one stylesheet: the given stylesheets, in order, with only the rules the given
// pages and scripts can use. Run by hooks/healthsite/finish/stylesheet.py:
//
//   node bundle.cjs < request.json > bundle.css
//   request: {"stylesheets": [paths, in link order], "pages": [HTML paths], "scripts": [JS paths]}
//
// Lightning CSS first minifies the stylesheets that are not minified yet (ours: comments,
// whitespace). A name ending in .min.css (Material's) is left exactly as its authors wrote it:
// a minifier would also rewrite values (translate3d() to translate(), which moves an edge by
// half a pixel), and it is minified already.
//
// PurgeCSS then decides what is used: a selector stays when every class, id, element and
// attribute it names occurs in the pages (read as HTML by purgecss-from-html, so words of the
// text do not count) or in the scripts (read as words: a class a script adds is kept). States
// (:hover, :checked, :focus-visible) and @media print are not content: rules for them stay
// when their selector's names occur, or when they name nothing else. Custom properties and
// keyframes that no kept rule uses go too.

const fs = require("fs");
const { PurgeCSS } = require("purgecss");
const fromHtml = require("purgecss-from-html");
const { transform } = require("lightningcss");

function minified(path) {
  const css = fs.readFileSync(path, "utf8");
  if (path.endsWith(".min.css")) {
    return css;
  }
  const { code, warnings } = transform({ filename: path, code: Buffer.from(css), minify: true });
  for (const warning of warnings) {
    process.stderr.write(`${path}: ${warning.message}\n`);
  }
  return code.toString();
}

async function main() {
  const request = JSON.parse(fs.readFileSync(0, "utf8"));
  const read = (path) => fs.readFileSync(path, "utf8");
  const content = [
    ...request.pages.map((path) => ({ raw: read(path), extension: "html" })),
    ...request.scripts.map((path) => ({ raw: read(path), extension: "js" })),
  ];
  // Joined before purging, in the order given (the cascade stays as the pages had it): PurgeCSS
  // looks for the custom properties a rule uses only inside that rule's own stylesheet, and ours
  // uses Material's (--md-code-bg-color, ...).
  const [purged] = await new PurgeCSS().purge({
    content,
    css: [{ raw: request.stylesheets.map(minified).join("\n") }],
    extractors: [{ extractor: fromHtml, extensions: ["html"] }],
    // A selector made only of states (:focus-visible, ::selection) matches on every page, but
    // PurgeCSS finds no name of it in the content and would drop it: our visible keyboard focus
    // is such a rule. Counting every pseudo-class and pseudo-element as found keeps them; a
    // selector that also names a class, element or attribute still needs that name in a page.
    safelist: { standard: [/^:/] },
    variables: true,
    keyframes: true,
    fontFace: true,
  });
  process.stdout.write(purged.css);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
