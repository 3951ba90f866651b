import { describe, expect, it } from 'vitest';
import { parseMedicineNameList } from '@shared/medications/medicine-name-list';

describe('parseMedicineNameList', () => {
  it.each([
    ['Hydrea, Droxia', ['Hydrea', 'Droxia']],
    ['كحول، بيرة، نبيذ', ['كحول', 'بيرة', 'نبيذ']],
    ['对乙酰氨基酚，扑热息痛、泰诺林', ['对乙酰氨基酚', '扑热息痛', '泰诺林']],
    ['hydroxyurea, هيدروكسي يوريا،羟基脲 , ', ['hydroxyurea', 'هيدروكسي يوريا', '羟基脲']],
    [' , ،', []],
  ])('splits %j at every kind of comma', (typed, names) => {
    expect(parseMedicineNameList(typed)).toEqual(names);
  });
});
