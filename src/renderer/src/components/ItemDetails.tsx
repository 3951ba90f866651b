/**
 * The lines under a plan item (who was counted, where a fact comes from, what a line is for), each a line of its
 * own; `dir="auto"` because a line may hold a web address or a phone number in a right-to-left page.
 */
export function ItemDetails({ details }: { details: readonly string[] }) {
  return (
    <>
      {details.map((detail) => (
        <span key={detail} className="why" dir="auto">
          {detail}
        </span>
      ))}
    </>
  );
}
