import {useTranslations} from 'next-intl';
import type {Contact} from '@/lib/content/schemas';

/** "Further information" people, as the source gives them. */
export function ContactList({contacts}: {contacts: Contact[]}) {
  const t = useTranslations('Contacts');
  return (
    <ul className="grid gap-m m:grid-cols-2">
      {contacts.map((c) => (
        <li key={c.name} className="border-l-4 border-depth-light1 pl-s">
          <p className="font-semibold">{c.name}</p>
          <p>{c.role}</p>
          <p>{c.organisation}</p>
          {c.phone ? (
            <p>
              {t('phone')} <a href={`tel:${c.phone.replace(/\s+/g, '')}`}>{c.phone}</a>
            </p>
          ) : null}
          {c.email ? (
            <p>
              {t('email')} <a href={`mailto:${c.email}`}>{c.email}</a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
