import { Caption1, Dropdown, FluentProvider, Field, Option, Spinner, Title3, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { LANGS } from '../app/lang';
import type { Lang } from '../engine/model';
import { UI } from '../i18n/ui';
import type { AppEnv } from './env';
import { useStyles } from './styles';
import { Wizard } from './Wizard';

interface FrameProps {
  lang: Lang;
  mode?: AppEnv['mode'];
  onLang?: (lang: Lang) => void;
  children: ReactNode;
}

/** Fluent's provider and the page's frame: title, language, and the content under a `main` landmark. */
export function Frame({ lang, mode, onLang, children }: FrameProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <FrameBody lang={lang} mode={mode} onLang={onLang}>
        {children}
      </FrameBody>
    </FluentProvider>
  );
}

function FrameBody({ lang, mode, onLang, children }: FrameProps) {
  const s = useStyles();
  const t = UI[lang];
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className={s.app}>
      <header className={s.header}>
        <div className={s.brand}>
          <Title3 as="h1" className={s.title}>
            Tandem
          </Title3>
          <Caption1>{t.tagline}</Caption1>
          {mode ? <Caption1>{mode === 'workbook' ? t.mode.workbook : t.mode.standalone}</Caption1> : null}
        </div>
        {onLang ? (
          <Field label={t.language} size="small" className={s.lang}>
            <Dropdown
              size="small"
              className={s.dropdown}
              value={t.langNames[lang]}
              selectedOptions={[lang]}
              onOptionSelect={(_, d) => d.optionValue && onLang(d.optionValue as Lang)}
            >
              {LANGS.map((l) => (
                <Option key={l} value={l} text={t.langNames[l]} lang={l}>
                  {t.langNames[l]}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ) : null}
      </header>
      <main className={s.main}>{children}</main>
    </div>
  );
}

/** The whole app: the frame and the wizard, in the user's language. */
export function TandemApp({ env }: { env: AppEnv }) {
  const [lang, setLang] = useState<Lang>(env.lang);
  return (
    <Frame lang={lang} mode={env.mode} onLang={setLang}>
      <Wizard env={env} lang={lang} onLang={setLang} />
    </Frame>
  );
}

/** What shows while Office is being waited for. */
export function Loading({ lang }: { lang: Lang }) {
  return (
    <Frame lang={lang}>
      <Spinner label={UI[lang].loading} />
    </Frame>
  );
}
