/**
 * A page's parts as in-page links (`#id`), in a labelled navigation: on a long page, each part
 * is one keypress away. Only the parts present are given.
 */
export function PageSections({
  label,
  sections,
}: {
  label: string;
  sections: readonly { id: string; label: string }[];
}) {
  return (
    <nav aria-label={label}>
      <ul className="page-sections">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
