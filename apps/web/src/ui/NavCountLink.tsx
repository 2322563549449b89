import { NavLink } from 'react-router';

/**
 * A link of the main navigation with a count badge when the count is above zero: the number is
 * shown, and said in words (`countText`) to screen readers.
 */
export function NavCountLink({
  to,
  label,
  count,
  countText,
}: {
  to: string;
  label: string;
  count: number;
  countText: string;
}) {
  return (
    <li>
      <NavLink to={to}>
        {label}
        {count > 0 && (
          <span className="count-badge">
            <span aria-hidden="true">{count}</span>
            <span className="visually-hidden">{countText}</span>
          </span>
        )}
      </NavLink>
    </li>
  );
}
