import { useRef, useState } from 'react';
import type { NeedCreateBody, NeedDetail } from '../../../api/types.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { EditableCardActions } from '../../../components/EditableCard.tsx';
import { useLanguageLevels, useMunicipalities } from '../../participant/api/reference.ts';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { useBaseVersion } from '../../participant/components/use-base-version.ts';
import { formatDate } from '../../participant/format.ts';
import { useParticipantT } from '../../participant/i18n/index.ts';
import { languageOptions, optionForCode } from '../../participant/sections/profile/languages.ts';
import { useNeed, usePatchNeed } from '../api/needs.ts';
import { NeedForm } from '../components/NeedForm.tsx';
import { useNeedT } from '../i18n/index.ts';
import { needField } from '../need-form.ts';

/** The need in the taxonomy's terms; liaisons and managers change it in place (409 kept apart). */
export function NeedDetails({ need, canWrite }: { need: NeedDetail; canWrite: boolean }) {
  const { t, language } = useNeedT();
  const { t: tParticipant } = useParticipantT();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const patch = usePatchNeed(need.id);
  const reload = useNeed(need.id);
  const sent = useRef<NeedCreateBody | null>(null);
  const form = useFormErrors({ resolvePath: (path) => needField(path, sent.current) });
  const { baseVersion, setBaseVersion, reloadLatest } = useBaseVersion({
    version: need.version,
    form,
    reload: reload.refetch,
    versionOf: (latest) => latest.version,
  });
  const municipalities = useMunicipalities();
  const levels = useLanguageLevels();
  const headingRef = useRef<HTMLHeadingElement>(null);

  function onSave(body: NeedCreateBody) {
    sent.current = body;
    patch.mutate(
      { ...body, version: baseVersion },
      {
        onSuccess: (updated) => {
          setBaseVersion(updated.version);
          setEditing(false);
          announce(t('details.saved'));
          window.setTimeout(() => headingRef.current?.focus(), 0);
        },
        onError: form.handleError,
      },
    );
  }

  const none = t('common.none');
  const list = (items: Array<{ label: string }>) =>
    items.length > 0 ? items.map((i) => i.label).join(', ') : none;
  const yesNo = (value: boolean | null) => (value === null ? none : value ? t('common.yes') : t('common.no'));
  const municipality = need.municipality
    ? (municipalities.data?.municipalities.find((m) => m.code === need.municipality)?.name ??
      need.municipality)
    : none;
  const languageName = (code: string) =>
    optionForCode(languageOptions('default', language), code, language)?.label ?? code;
  const levelLabel = (code: string) =>
    levels.data?.languageLevels.find((l) => l.code === code)?.label ?? code;
  const openTo = [
    need.openTo.internshipFirst ? t('labels.openTo.internshipFirst') : null,
    need.openTo.jobbspar ? t('labels.openTo.jobbspar') : null,
    need.openTo.subsidisedEmployment ? t('labels.openTo.subsidisedEmployment') : null,
    ...(need.openTo.adaptations ?? []).map((code) =>
      tParticipant(`labels.adaptation.${code}` as 'labels.adaptation.working_time.part_time'),
    ),
    ...(need.openTo.targetGroups ?? []).map((group) => t(`labels.targetGroup.${group}`)),
  ].filter(Boolean);

  const facts: Array<[string, string]> = [
    [t('form.occupation'), need.occupation?.label ?? t('detail.noOccupation')],
    [t('form.requiredSkills'), list(need.requiredSkills)],
    [t('form.meritSkills'), list(need.meritSkills)],
    [t('form.licences'), list(need.licences)],
    [
      t('details.languages'),
      need.languages.length > 0
        ? need.languages.map((l) => `${languageName(l.code)} (${levelLabel(l.level)})`).join(', ')
        : none,
    ],
    [
      t('form.minExperience'),
      need.minExperienceYears === null ? none : t('details.years', { count: need.minExperienceYears }),
    ],
    [t('form.municipality'), municipality],
    [t('form.extent'), need.extentPercent === null ? none : `${need.extentPercent} %`],
    [t('form.hours'), need.hours ?? none],
    [
      t('form.shifts'),
      need.shifts && need.shifts.length > 0
        ? need.shifts.map((s) => t(`labels.shift.${s}`)).join(', ')
        : none,
    ],
    [t('details.weekends'), yesNo(need.weekends)],
    [t('form.startDate'), formatDate(need.startDate, language) || none],
    [
      t('form.employmentForm'),
      need.employmentForm ? t(`labels.employmentForm.${need.employmentForm}`) : none,
    ],
    [t('details.requiresCar'), yesNo(need.requiresCar)],
    [t('form.openToHeading'), openTo.length > 0 ? openTo.join(', ') : none],
  ];

  return (
    <section className="panel" aria-labelledby="need-details">
      <h2 id="need-details" className="panel__title" ref={headingRef} tabIndex={-1}>
        {t('details.heading')}
      </h2>
      {editing ? (
        <NeedForm
          form={form}
          need={need}
          onSave={onSave}
          onReload={() => void reloadLatest()}
          isReloading={reload.isFetching}
          actions={
            <EditableCardActions
              saveLabel={t('details.save')}
              cancelLabel={t('common.cancel')}
              isSaving={patch.isPending}
              onCancel={() => {
                form.clear();
                setEditing(false);
              }}
            />
          }
        />
      ) : (
        <>
          {need.description ? (
            <div className="need-description">
              <h3>{t('form.description')}</h3>
              <p className="pre-line">{need.description}</p>
            </div>
          ) : null}
          <dl className="facts">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {canWrite ? (
            <Button
              variant="secondary"
              onPress={() => {
                setBaseVersion(need.version);
                form.clear();
                setEditing(true);
              }}
            >
              {t('details.edit')}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
