// "Print label" links: each opens the label PDF in a new tab (the browser's
// viewer prints it; choose 100 % / actual size).
export function PrintLabelLinks({ links, label = 'Labels' }: { links: { label: string; href: string }[]; label?: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {links.map((l) => (
        <a key={l.href} className="btn-secondary" href={l.href} target="_blank" rel="noopener">
          {l.label}
        </a>
      ))}
    </nav>
  );
}
