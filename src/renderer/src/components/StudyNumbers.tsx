import type { StudyNumbersPlan } from '@shared/handout/study-numbers-plan';
import { ItemDetails } from './ItemDetails';

/**
 * Good results and harms side by side, each number with who was counted and where it comes from, and the line on
 * what a number cannot say: the checklist and the review, in the words the handout prints.
 */
export function StudyNumbers({ plan }: { plan: StudyNumbersPlan }) {
  return (
    <>
      <p>{plan.intro}</p>
      <div className="study-number-sides">
        {plan.sides.map((side) => (
          <div key={side.effect} className={`study-number-side ${side.effect}`}>
            <h3>{side.heading}</h3>
            {side.none !== null ? (
              <p>{side.none}</p>
            ) : (
              <ul className="items">
                {side.items.map((item) => (
                  <li key={item.id}>
                    <strong>{item.text}</strong>
                    <ItemDetails details={item.details} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      <p className="important">{plan.notOnePerson}</p>
    </>
  );
}
