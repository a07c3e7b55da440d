import { idOfOneRow } from '@samsyn/api/testing';
import { describeFileDownload, pdf } from './support/file-download-suite.ts';

/** Issue 22: an application's attachment, downloaded through GET /api/application-attachments/:slug/:id. */
describeFileDownload({
  title: 'downloading an application’s attachment',
  route: '/api/application-attachments',
  noun: 'attachment',
  none: 'none',
  disposition: `attachment; filename="Projektplan _re.pdf"; filename*=UTF-8''Projektplan%20%C3%85re.pdf`,
  insert: async (superuser, tenantId) => {
    const applicationId = await idOfOneRow(superuser`
      insert into applications (tenant_id, title, status, kind) values (${tenantId}, 'Nedladdningens ansökan', 'draft', 'preStudy')
      returning id`);
    return idOfOneRow(superuser`
      insert into application_attachments (tenant_id, application_id, title, file_name, content_type, content)
      values (${tenantId}, ${applicationId}, 'Projektplan', 'Projektplan Åre.pdf', 'application/pdf', ${pdf})
      returning id`);
  },
});
