import {useTranslations} from 'next-intl';
import type {Contact} from '@/lib/content/schemas';

/** Finnish numbers as published ("040 658 35104"); readers abroad need the country code. */
export function internationalPhone(phone: string): string {
  return phone.startsWith('+') ? phone : `+358 ${phone.replace(/^0/, '')}`;
}

/** The national form readers in Finland use: "+358 50 460 1555" becomes "050 460 1555". */
export function nationalPhone(phone: string): string {
  return phone.startsWith('+358') ? `0${phone.slice(4).trim()}` : phone;
}

/** "Further information" people, as the source gives them. */
export function ContactList({contacts}: {contacts: Contact[]}) {
  const t = useTranslations('Contacts');
  // Pages in a language read abroad give numbers with the country code (messages: phoneStyle).
  const international = t('phoneStyle') === 'international';
  return (
    <ul className="grid gap-m m:grid-cols-2">
      {contacts.map((c) => (
        <li key={c.name} className="border-l-4 border-depth-light1 pl-s">
          <p className="font-semibold">{c.name}</p>
          <p>{c.role}</p>
          <p>{c.organisation}</p>
          {c.phone ? (
            <p>
              {t('phone')} <a href={`tel:${internationalPhone(c.phone).replace(/\s+/g, '')}`}>{international ? internationalPhone(c.phone) : nationalPhone(c.phone)}</a>
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
