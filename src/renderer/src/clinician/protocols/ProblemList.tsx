/** Problems found in a protocol or a pack, each with where it is, announced when they change. */
export function ProblemList({
  heading,
  problems,
}: {
  heading: string;
  problems: ReadonlyArray<{ location: string; message: string }>;
}) {
  return (
    <div className="problems" role="alert">
      <p className="error">{heading}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.location}-${index}`}>
            <code dir="ltr">{problem.location || '—'}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
