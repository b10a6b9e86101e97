import type {Localized} from './content';
import type {Agreement, FocusArea} from './content/schemas';

/**
 * An agreement's description (meta description, search excerpt): its lead where it has one, else
 * a sentence built from the data by the caller's message (AgreementPage.description).
 */
export function agreementDescription(
  agreement: Localized<Agreement>,
  own: Localized<FocusArea>[],
  sentence: (values: {region: string; focusAreas: string}) => string
): string {
  return agreement.data.summary ?? sentence({region: agreement.data.title, focusAreas: own.map((f) => f.data.title).join('; ')});
}
