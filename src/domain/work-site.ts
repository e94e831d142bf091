// The site where a piece of work was done (design/domain.md): `data.workSiteId`, set when the record
// is created and never changed, so a transfer of the person's file never moves past figures. A
// record from before the field existed falls back to its own site.
export function workSiteOf(record: { siteId: string; data: object }): string {
  const workSiteId = (record.data as { workSiteId?: unknown }).workSiteId;
  return typeof workSiteId === 'string' && workSiteId !== '' ? workSiteId : record.siteId;
}
