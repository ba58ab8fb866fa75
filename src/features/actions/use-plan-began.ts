import { type IsoDate, planBeganOn } from '../../domain/shared';
import { usePlanData } from '../../app/plan-data';

/**
 * The first day of the plan: 1 April of its first WRES year, before which no due date makes sense.
 * Undefined while the plan loads or while it has no WRES year, when due dates have no lower limit.
 */
export function usePlanBegan(): IsoDate | undefined {
  const { snapshot } = usePlanData();
  return planBeganOn(snapshot?.wresYears.map((year) => year.value.year) ?? []);
}
