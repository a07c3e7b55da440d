import { idOfOneRow } from '@samsyn/api/testing';
import { describeFileDownload, pdf } from './support/file-download-suite.ts';

/** Issue 21: an agenda item's uploaded file, downloaded through GET /api/board-documents/:slug/:id. */
describeFileDownload({
  title: 'downloading an agenda item’s file',
  route: '/api/board-documents',
  noun: 'file',
  none: 'no file',
  disposition: `attachment; filename="_rsredovisning 2019.pdf"; filename*=UTF-8''%C3%85rsredovisning%202019.pdf`,
  insert: async (superuser, tenantId) => {
    const bodyId = await idOfOneRow(superuser`
      insert into board_bodies (tenant_id, kind, name) values (${tenantId}, 'other', 'Nedladdningens styrelse')
      returning id`);
    const meetingId = await idOfOneRow(superuser`
      insert into board_meetings (tenant_id, body_id, meeting_date) values (${tenantId}, ${bodyId}, '2020-03-01')
      returning id`);
    const itemId = await idOfOneRow(superuser`
      insert into board_agenda_items (tenant_id, meeting_id, position, title)
      values (${tenantId}, ${meetingId}, 0, 'Årsredovisning') returning id`);
    return idOfOneRow(superuser`
      insert into board_item_documents (tenant_id, item_id, kind, title, file_name, content_type, content)
      values (${tenantId}, ${itemId}, 'file', 'Årsredovisning 2019.pdf', 'Årsredovisning 2019.pdf',
              'application/pdf', ${pdf}) returning id`);
  },
});
