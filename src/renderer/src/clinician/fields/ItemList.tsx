import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ItemListProps<T extends { id: string }> {
  heading: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** A new, empty item to start from when "Add" is pressed. */
  create: () => T;
  render: (item: T, update: (item: T) => void) => ReactNode;
  /** How each item is named in button labels ("Remove test 2"). */
  itemName: string;
}

/** A list of protocol items the clinic can add to, remove from and reorder, each edited in place. */
export function ItemList<T extends { id: string }>({
  heading,
  items,
  onChange,
  create,
  render,
  itemName,
}: ItemListProps<T>) {
  const { t } = useTranslation();
  const replace = (index: number, item: T) =>
    onChange(items.map((old, i) => (i === index ? item : old)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item as T);
    onChange(next);
  };
  return (
    <section className="item-list">
      <h3>{heading}</h3>
      {items.length === 0 && <p className="hint">{t('clinician:list.empty')}</p>}
      <ol>
        {items.map((item, index) => {
          const name = t('clinician:list.itemName', { item: itemName, number: index + 1 });
          return (
            <li key={`${item.id}-${index}`} className="item">
              {render(item, (next) => replace(index, next))}
              <div className="item-actions">
                <button
                  type="button"
                  className="secondary"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('clinician:list.moveUp', { name })}
                >
                  {t('clinician:list.up')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('clinician:list.moveDown', { name })}
                >
                  {t('clinician:list.down')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                  aria-label={t('clinician:list.remove', { name })}
                >
                  {t('clinician:list.removeShort')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="secondary" onClick={() => onChange([...items, create()])}>
        {t('clinician:list.add', { item: itemName })}
      </button>
    </section>
  );
}
