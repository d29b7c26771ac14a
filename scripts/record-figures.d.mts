/** `text` with what stands between the markers `<!-- name:start -->` and `<!-- name:end -->` replaced by `body`; throws when there is no pair, or more than one. */
export function replaceBetweenMarkers(text: string, name: string, body: string): string;
/** Writes `body` between the `name` markers of `file` (relative to `root`). */
export function recordBetweenMarkers(root: URL, file: string, name: string, body: string): void;
