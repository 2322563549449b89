import type { PersonFieldsFragment } from '@oip/graphql';
import { Link } from 'react-router';

export function PersonCard({ person }: { person: PersonFieldsFragment }) {
  return (
    <li className="card person-card">
      {person.avatarUrl && (
        <img src={person.avatarUrl} alt="" width={64} height={64} className="avatar" />
      )}
      <h3>
        <Link to={`/people/${person.id}`}>{person.fullName}</Link>
      </h3>
      {person.headline && <p className="card-meta">{person.headline}</p>}
      {person.expertise.length > 0 && (
        <ul className="chips">
          {person.expertise.map((tag) => (
            <li key={tag} className="chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
