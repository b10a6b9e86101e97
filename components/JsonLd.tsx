import type {Thing, WithContext} from 'schema-dts';

/**
 * Structured data for search engines. It is data, not script: browsers do not run
 * application/ld+json, and "<" is escaped so that no content can close the element early.
 */
export function JsonLd<T extends Thing>({data}: {data: WithContext<T>}) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{__html: JSON.stringify(data).replace(/</g, '\\u003c')}} />;
}
