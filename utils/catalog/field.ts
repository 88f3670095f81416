/**
 * Fields (lĩnh vực). The slug is derived from the folded name, so "Hộ tịch", "HỘ TỊCH" and
 * "Ho tich" all give "ho-tich"; an officer's assignment may name a field either way.
 */
import { foldKey, slugify } from '@/utils/vn/text';

// Field names repeat on every row of a list and every assignment: remember their slugs.
const slugs = new Map<string, string>();
const MAX_CACHED = 2000;

export function fieldSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size >= MAX_CACHED) slugs.clear();
    slug = slugify(stripFieldPrefix(name));
    slugs.set(name, slug);
  }
  return slug;
}

/** iGate sometimes writes "Lĩnh vực thành lập và hoạt động của hộ kinh doanh". */
function stripFieldPrefix(name: string): string {
  const folded = foldKey(name);
  return folded.startsWith('linh vuc ') ? folded.slice('linh vuc '.length) : name;
}

export function makeField(name: string): { name: string; slug: string } {
  return { name, slug: fieldSlug(name) };
}

/** True when an assignment entry (name in any case/diacritics, or slug) denotes this field. */
export function matchesField(assigned: string, field: { name: string; slug: string }): boolean {
  const a = fieldSlug(assigned);
  return a !== '' && (a === field.slug || a === fieldSlug(field.name));
}
