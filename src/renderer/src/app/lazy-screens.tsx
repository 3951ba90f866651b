import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

/** Said while a screen's code is still on its way (rarely seen: the code is loaded once the first screen is up). */
function ScreenLoading() {
  const { t } = useTranslation();
  return <p role="status">{t('loading')}</p>;
}

/**
 * A screen the first screen does not show, with its code (and the schemas and components only it uses) in a chunk
 * of its own, so the app starts without reading it. `preload` fetches that chunk ahead of need. A chunk that cannot
 * load fails the screen into the app's error boundary, as any other screen that fails to draw.
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Loaded = lazy(async () => ({ default: await load() }));
  function Screen(props: Props) {
    return (
      <Suspense fallback={<ScreenLoading />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Object.assign(Screen, { preload: load });
}

export const LearnStep = lazyScreen(async () => (await import('../steps/LearnStep')).LearnStep);
export const ChecklistStep = lazyScreen(async () => (await import('../steps/ChecklistStep')).ChecklistStep);
export const HealthStep = lazyScreen(async () => (await import('../steps/HealthStep')).HealthStep);
export const QuestionsStep = lazyScreen(async () => (await import('../steps/QuestionsStep')).QuestionsStep);
export const FeelingsStep = lazyScreen(async () => (await import('../steps/FeelingsStep')).FeelingsStep);
export const TeachBackStep = lazyScreen(async () => (await import('../steps/TeachBackStep')).TeachBackStep);
export const ReviewStep = lazyScreen(async () => (await import('../steps/ReviewStep')).ReviewStep);
export const HandoutStep = lazyScreen(async () => (await import('../steps/HandoutStep')).HandoutStep);
export const ClinicianArea = lazyScreen(async () => (await import('../clinician/ClinicianArea')).ClinicianArea);

const LATER_SCREENS = [LearnStep, ChecklistStep, HealthStep, QuestionsStep, FeelingsStep, TeachBackStep, ReviewStep, HandoutStep, ClinicianArea];

/**
 * Loads every later screen's code once the first screen is drawn, so moving on never waits for it. A load that fails
 * here is reported when its screen is shown.
 */
export function preloadLaterScreens(): void {
  for (const screen of LATER_SCREENS) screen.preload().catch(() => undefined);
}
