import {
  computeDeadline,
  DeadlineInputError,
  type ComputeDeadlineArgs,
  type ComputedDeadline,
} from '@umbrella/domain';
import { badRequest } from '../../errors.ts';

/** The engine's input fields as the procedures name them. */
const FIELD_NAMES = {
  rule: 'ruleId',
  trigger: 'triggerDate',
  jurisdiction: 'jurisdiction',
  today: 'triggerDate',
  period: 'period',
} as const;

/** `computeDeadline`, its input errors turned into BAD_REQUEST naming the procedure's field. */
export function computeOrRefuse(
  args: ComputeDeadlineArgs,
  fieldNames: Partial<Record<keyof typeof FIELD_NAMES, string>> = {},
): ComputedDeadline {
  try {
    return computeDeadline(args);
  } catch (error) {
    if (!(error instanceof DeadlineInputError)) throw error;
    throw badRequest(fieldNames[error.field] ?? FIELD_NAMES[error.field], error.message);
  }
}
