/** The `href` and `src` attribute values of an HTML text (outside comments, scripts and styles), entities decoded. */
export function linksOf(html: string): string[];
/** The `id` (and `name`) values of an HTML or SVG text. */
export function anchorsOf(text: string): Set<string>;
/** Walks every link of the generated site under `root` (see scripts/site-links.mjs). */
export function walkSite(root: string): {
  pages: number;
  links: number;
  external: string[];
  dead: string[];
  raw: string[];
};
