import {Link} from '@/lib/i18n/navigation';
import {paths} from '@/lib/paths';

export type TableRow = {slug: string; name: string; cells: {slug: string; title: string}[][]; lang?: string};

/**
 * Regions by row, themes by column, focus areas in the cells. On a narrow screen the table
 * scrolls sideways inside its own focusable box, with the region column kept in view.
 */
export function AgreementTable({id, caption, regionColumn, themes, rows, none}: {id: string; caption: string; regionColumn: string; themes: {slug: string; title: string}[]; rows: TableRow[]; none: string}) {
  return (
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="max-w-full overflow-x-auto border border-depth-light1">
      <table className="w-full min-w-[40rem] border-collapse text-body-text-small">
        <caption id={`${id}-caption`} className="p-xs text-left">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 border border-depth-light1 bg-depth-light3 p-xs text-left">
              {regionColumn}
            </th>
            {themes.map((t) => (
              <th key={t.slug} scope="col" className="border border-depth-light1 bg-depth-light3 p-xs text-left">
                <Link href={paths.theme(t.slug)}>{t.title}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} lang={row.lang}>
              <th scope="row" className="sticky left-0 border border-depth-light1 bg-white-base p-xs text-left align-top">
                <Link href={paths.agreement(row.slug)}>{row.name}</Link>
              </th>
              {row.cells.map((cell, i) => (
                <td key={themes[i]?.slug ?? i} className="border border-depth-light1 p-xs align-top">
                  {cell.length === 0 ? (
                    <span className="text-black-light1">{none}</span>
                  ) : (
                    <ul className="grid gap-xxs">
                      {cell.map((f) => (
                        <li key={f.slug}>
                          <Link href={paths.focusArea(f.slug)}>{f.title}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
