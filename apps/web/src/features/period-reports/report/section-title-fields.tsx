import type { FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import type { SchemaForm } from '../../../components/form/use-schema-form.ts';

/** A section's title and heading level (1 or 2) as a form holds them. */
export interface SectionTitleValues {
  title: string;
  level: '1' | '2';
}

/** A section's title and its heading level, the same when adding an own section and in its settings. */
export function SectionTitleFields<Values extends FieldValues & SectionTitleValues, Parsed>({
  form,
}: {
  form: SchemaForm<Values, Parsed>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField form={form} name={'title' as Path<Values>} autoComplete="off" />
      <SelectField
        form={form}
        name={'level' as Path<Values>}
        choices={[
          { value: '1', label: t('periodReportsPages.sectionForm.level1') },
          { value: '2', label: t('periodReportsPages.sectionForm.level2') },
        ]}
      />
    </>
  );
}
