import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { domainFormSchema } from './domain-form-schema.ts';

const schema = z.object({
  count: z.number({ error: 'count.invalid' }).int({ error: 'count.invalid' }),
  // The format and the refinement both report a day that is no date: the field shows one sentence.
  day: z.union(
    [
      z.literal('').transform(() => null),
      z.iso.date({ error: 'day.invalid' }).refine((day) => day >= '1900-01-01', 'day.invalid'),
    ],
    { error: 'day.invalid' },
  ),
});
const form = domainFormSchema(schema, (values: { count: string; day: string }) => ({
  count: Number(values.count),
  day: values.day,
}));

describe('domainFormSchema', () => {
  it("hands over the domain schema's output of the converted controls", () => {
    expect(form.parse({ count: '3', day: '' })).toEqual({ count: 3, day: null });
  });
  it("puts each of the domain's problems once on the control of its path", () => {
    const parsed = form.safeParse({ count: '2.5', day: '1 maj' });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['count', 'count.invalid'],
      ['day', 'day.invalid'],
    ]);
  });
});
