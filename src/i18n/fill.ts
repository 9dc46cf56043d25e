/** Fills `{name}` placeholders of a UI string; unknown names are left as written. No dictionaries
 * here, so islands can use it without bundling them. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}
