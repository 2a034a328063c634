// Splits a listing into numbered pages: /tags/x/, /tags/x/page/2/, … with previous/next links.

export interface Paged<T> {
  url: string;
  firstUrl: string;
  pageNumber: number;
  totalPages: number;
  prevUrl?: string;
  nextUrl?: string;
  items: T[];
}

export function pageUrl(base: string, pageNumber: number): string {
  return pageNumber === 1 ? base : `${base}page/${pageNumber}/`;
}

export function paginate<T>(items: readonly T[], pageSize: number, base: string): Paged<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: totalPages }, (_, i) => {
    const pageNumber = i + 1;
    return {
      url: pageUrl(base, pageNumber),
      firstUrl: base,
      pageNumber,
      totalPages,
      prevUrl: pageNumber > 1 ? pageUrl(base, pageNumber - 1) : undefined,
      nextUrl: pageNumber < totalPages ? pageUrl(base, pageNumber + 1) : undefined,
      items: items.slice(i * pageSize, (i + 1) * pageSize),
    };
  });
}
