import type { DiscriminationWarning } from '../../../api/types.ts';
import { excerptAround } from '../../../components/highlight.ts';
import { useNeedT } from '../i18n/index.ts';

/**
 * Discrimination warnings: the phrase highlighted where it stands in the text, the ground of the
 * Discrimination Act it touches, why it matters, and a neutral way to say it. A warning, never a
 * block: the need can be saved and opened anyway.
 */
export function WarningList({
  warnings,
  texts,
  tone = 'staff',
}: {
  warnings: readonly DiscriminationWarning[];
  /** The texts the warnings point into, by field. */
  texts: { title?: string | null | undefined; description?: string | null | undefined };
  /** `public`: the employer's gentler wording. */
  tone?: 'staff' | 'public';
}) {
  const { t } = useNeedT();
  return (
    <ul className="warning-list">
      {warnings.map((warning) => {
        const source = (warning.field === 'title' ? texts.title : texts.description) ?? '';
        const excerpt = excerptAround(source, warning);
        return (
          <li
            key={`${warning.field}-${warning.start}-${warning.end}-${warning.ground}`}
            className="warning-item"
          >
            <p className="warning-item__quote">
              {tone === 'staff' ? (
                <span className="warning-item__field">{t(`warnings.field.${warning.field}`)}: </span>
              ) : null}
              {excerpt ? (
                <q>
                  {excerpt.before}
                  <mark>{excerpt.phrase}</mark>
                  {excerpt.after}
                </q>
              ) : (
                <q>
                  <mark>{warning.phrase}</mark>
                </q>
              )}
            </p>
            <dl className="warning-item__facts">
              <div>
                <dt>{t('warnings.ground')}</dt>
                <dd>{warning.groundLabel}</dd>
              </div>
              <div>
                <dt>{t('warnings.why')}</dt>
                <dd>{warning.why}</dd>
              </div>
              <div>
                <dt>{t('warnings.rewording')}</dt>
                <dd>{warning.rewording}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
