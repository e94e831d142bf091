// The site a record's work was done at (design/domain.md: `workSiteId`, set when the record is
// created and never changed, so a transfer never moves past figures). Every report figure is
// attributed to workSiteOf(the record carrying the figure). Records written before the field
// existed carry none: their current site is the best knowledge there is.
export function workSiteOf(record: { siteId: string; data: object }): string {
  const workSiteId = (record.data as { workSiteId?: unknown }).workSiteId;
  return typeof workSiteId === 'string' && workSiteId !== '' ? workSiteId : record.siteId;
}
