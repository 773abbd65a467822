import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button.tsx';

/** Switches between Swedish and English; the label is written in the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.switchLang');
  return (
    <Button
      variant="quiet"
      aria-label={t('language.switchLabel')}
      onPress={() => void i18n.changeLanguage(target)}
    >
      <span lang={target}>{t('language.switch')}</span>
    </Button>
  );
}
