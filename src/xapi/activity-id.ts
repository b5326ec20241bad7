/** Activity ids: always absolute IRIs, stable across reloads (see the xAPI contract). */

/** The page itself as an IRI: origin + path, without query or fragment (they change). */
export function pageIri(): string {
  return `${location.origin}${location.pathname}`;
}

/**
 * An element's activity id: its own `activity-id` when given, else `<course-id>/<kind>/<id>`,
 * else one derived from the page URL (`<page>#<kind>/<id>`).
 */
export function activityIdFor(options: { activityId?: string | undefined; courseId?: string | undefined; kind: string; id: string }): string {
  if (options.activityId) return options.activityId;
  const id = encodeURIComponent(options.id);
  if (options.courseId) return `${options.courseId.replace(/\/+$/, '')}/${options.kind}/${id}`;
  return `${pageIri()}#${options.kind}/${id}`;
}

/** Whether a string is an absolute IRI (a scheme, then something). */
export const isAbsoluteIri = (value: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
