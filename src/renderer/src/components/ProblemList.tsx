import type { ReactNode } from 'react';

/**
 * Problems found in a file (a protocol, a pack, the organization's settings), each with where it is, announced
 * when they change. The heading may hold a path, set apart left to right.
 */
export function ProblemList({
  heading,
  problems,
}: {
  heading: ReactNode;
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
