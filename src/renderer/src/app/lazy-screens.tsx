import { createElement, lazy, Suspense, useState, type ComponentType } from 'react';
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
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  const loadOnce = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Loaded = lazy(async () => ({ default: await loadOnce() }));
  function Screen(props: Props) {
    // Code already here (preloaded once the first screen is up) draws in the same commit as the move to the screen,
    // as a screen in the first chunk would: its heading takes the focus at once, and a screen that fails to draw
    // fails before the move to it is saved. Chosen once per screen shown, so it never swaps its tree under a person.
    const [ready] = useState(() => loaded);
    if (ready) return createElement(ready, props);
    return (
      <Suspense fallback={<ScreenLoading />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Object.assign(Screen, { preload: loadOnce });
}

export const LearnStep = lazyScreen(async () => (await import('../steps/LearnStep')).LearnStep);
export const ChecklistStep = lazyScreen(
  async () => (await import('../steps/ChecklistStep')).ChecklistStep,
);
export const HealthStep = lazyScreen(async () => (await import('../steps/HealthStep')).HealthStep);
export const QuestionsStep = lazyScreen(
  async () => (await import('../steps/QuestionsStep')).QuestionsStep,
);
export const FeelingsStep = lazyScreen(
  async () => (await import('../steps/FeelingsStep')).FeelingsStep,
);
export const TeachBackStep = lazyScreen(
  async () => (await import('../steps/TeachBackStep')).TeachBackStep,
);
export const ReviewStep = lazyScreen(async () => (await import('../steps/ReviewStep')).ReviewStep);
export const HandoutStep = lazyScreen(
  async () => (await import('../steps/HandoutStep')).HandoutStep,
);
export const ClinicianArea = lazyScreen(
  async () => (await import('../clinician/ClinicianArea')).ClinicianArea,
);

const LATER_SCREENS = [
  LearnStep,
  ChecklistStep,
  HealthStep,
  QuestionsStep,
  FeelingsStep,
  TeachBackStep,
  ReviewStep,
  HandoutStep,
  ClinicianArea,
];

/**
 * Loads every later screen's code once the first screen is drawn, so moving on never waits for it. A load that fails
 * here is reported when its screen is shown.
 */
export function preloadLaterScreens(): void {
  for (const screen of LATER_SCREENS) screen.preload().catch(() => undefined);
}
