import path from 'node:path';
import { loadProtocolFolder } from '../../src/main/protocol/example-protocols';
import { localeText } from '../support/locale-text';
import { expect, test } from './fixtures';
import { pastLessons } from './walkthrough';

const sickleCell = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-sickle-cell-crispr',
);
const hydroxyurea = sickleCell?.medications.find((rule) => rule.id === 'pause-hydroxyurea')
  ?.medicine.zh;
if (!hydroxyurea) throw new Error('the sickle-cell example has no hydroxyurea rule in Chinese');

const t = (key: string) => localeText('zh', 'app', key);
const ck = (key: string, values?: Record<string, string>) =>
  localeText('zh', 'checklist', key, values);

test('medicines typed in Chinese are found under the rule that names them', async ({ app }) => {
  const { page } = app;
  await page.getByRole('combobox').selectOption('zh');
  await page.getByRole('radio', { name: t('welcome.roles.patient') }).check();
  await page.getByLabel(t('welcome.nameLabel')).fill('安娜');
  await page.getByRole('radio', { name: /镰状细胞/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastLessons(page, 'zh');

  const field = page.getByLabel(ck('myMedicines.label'));
  for (const name of ['羟基脲 500毫克', '羟基脲500毫克', '赖诺普利']) {
    await field.fill(name);
    await field.press('Enter');
  }
  const list = page.getByRole('region', { name: ck('myMedicines.heading') });
  const named = ck('myMedicines.named', { rule: ck('action.pause', { medicine: hydroxyurea }) });
  for (const name of ['羟基脲 500毫克', '羟基脲500毫克']) {
    const item = list.getByRole('listitem').filter({ hasText: name });
    await expect(item).toContainText(named);
    await expect(item).not.toContainText(ck('myMedicines.toDiscuss'));
  }
  await expect(list.getByRole('listitem').filter({ hasText: '赖诺普利' })).toContainText(
    ck('myMedicines.toDiscuss'),
  );

  // A character the handout cannot print is named under the field while it is typed, before anything is made.
  const unprintable = page.getByText(
    localeText('zh', 'app', 'unprintable.note', { characters: '🥰' }),
  );
  await field.fill('阿司匹林 🥰');
  await expect(unprintable).toBeVisible();
  await field.fill('阿司匹林');
  await expect(unprintable).toHaveCount(0);
});
