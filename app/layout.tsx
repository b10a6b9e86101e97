import type {ReactNode} from 'react';
import './globals.css';

// Each child (the language chooser at /, the [locale] tree and the 404 page) renders its own
// <html> with the right lang attribute, so this root layout passes children through.
export default function RootLayout({children}: {children: ReactNode}) {
  return children;
}
