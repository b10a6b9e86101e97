export function SkipLink({label}: {label: string}) {
  return (
    <a
      href="#main"
      className="no-print absolute left-2 top-2 z-50 -translate-y-24 bg-white-base p-xs font-semibold focus:translate-y-0"
    >
      {label}
    </a>
  );
}
